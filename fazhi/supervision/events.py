"""The legal events of supervision: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    PROGRESS = 'progress', '报告整改进展'
    SUBMIT = 'submit', '申请销号'
    CLOSE_OUT = 'close_out', '销号'
    RETURN = 'return', '退回重新整改'
    ESCALATE = 'escalate', '督办'
