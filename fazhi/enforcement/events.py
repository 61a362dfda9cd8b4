"""The legal events of enforcement: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    FILE = 'file', '立案'
    NOTIFY = 'notify', '告知'
    HEARING = 'hearing', '听证'
    SUBMIT_REVIEW = 'submit_review', '送法制审核'
    REVIEW = 'review', '法制审核意见'
    EXTEND = 'extend', '延长办案期限'
    DECIDE = 'decide', '作出决定'
    SERVE = 'serve', '送达'
    PAY = 'pay', '缴纳罚款'
    PUBLISH = 'publish', '公示'
    CLOSE = 'close', '结案'
    CHANGE = 'change', '决定被变更、撤销或确认违法、无效'
    WITHDRAW = 'withdraw', '撤回公开的处罚决定信息'
    PRESERVE = 'preserve', '先行登记保存'
    PRESERVATION_DECIDE = 'preservation_decide', '先行登记保存处理决定'
    REVOKE = 'revoke', '注销执法证件'
    SAMPLE = 'sample', '抽取案卷'
    SCORE = 'score', '案卷评查'
    RESPOND = 'respond', '整改反馈'
