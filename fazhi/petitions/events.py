"""The legal events of 信访: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    REGISTER = "register", "登记信访事项"
    NOTIFY = "notify", "书面告知信访人"
    OBJECT = "object", "对转送交办提出异议"
    ACCEPT = "accept", "受理"
    EXTEND = "extend", "延长办理期限"
    REFER = "refer", "导入人民调解"
    CONCLUDE = "conclude", "出具信访处理意见书"
    REVIEW_REQUEST = "review_request", "信访人请求复查"
    REVIEW = "review", "复查意见"
    RECHECK_REQUEST = "recheck_request", "信访人请求复核"
    RECHECK = "recheck", "复核意见"
