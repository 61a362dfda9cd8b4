"""The legal events of normative: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    SUBMIT_REVIEW = 'submit_review', '送合法性审核'
    REVIEW = 'review', '登记审核意见'
    DELIBERATE = 'deliberate', '集体审议'
    REGISTER = 'register', '统一登记编号'
    PUBLISH = 'publish', '印发公布'
    FILE = 'file', '报送备案'
    ABANDON = 'abandon', '停止制定'
    COLLECT = 'collect', '列入清理文件'
    DECIDE = 'decide', '登记清理结果'
    CLEANUP = 'cleanup', '清理结果生效'
    PUBLISH_CLEANUP = 'publish_cleanup', '公布清理结果'
    EXPIRE = 'expire', '有效期届满失效'
