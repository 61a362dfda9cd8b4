"""The legal events of litigation: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    REGISTER = 'register', '应诉登记'
    DEFENCE = 'defence', '提交答辩状和证据'
    SCHEDULE = 'schedule', '开庭通知'
    REMINDER = 'reminder', '发送出庭应诉提示函'
    SITTING = 'sitting', '记录开庭'
    CONCLUDE = 'conclude', '裁判结果'
    APPEAL_DECISION = 'appeal_decision', '决定是否上诉'
    PERFORM = 'perform', '履行生效裁判'
