"""The kernel's own events (DomainEvent.event): steps that apply to records of any area."""

from django.db import models


class Event(models.TextChoices):
    CLOSE_DEADLINE = "close_deadline", "关闭期限事项"
    DUE_MOVED = "due_moved", "期限随工作日历调整"
    CALENDAR_NOTICE = "calendar_notice", "录入国务院办公厅放假通知"
    PASSWORD_CHANGED = "password_changed", "修改密码"
