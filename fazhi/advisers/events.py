"""The legal events of advisers: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    RENEW = 'renew', '续聘'
    DISMISS = 'dismiss', '解聘'
