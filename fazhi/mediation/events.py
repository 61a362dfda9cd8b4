"""The legal events of mediation: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    REGISTER = 'register', '受理调解'
    CONCLUDE = 'conclude', '调结'
    APPLY_CONFIRMATION = 'apply_confirmation', '申请司法确认'
    CONFIRMATION_RESULT = 'confirmation_result', '登记司法确认结果'
