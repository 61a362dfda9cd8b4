"""The legal events of publicity: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    REGISTER = 'register', '制定普法责任清单'
    PUBLISH = 'publish', '公布清单'
    ACCOUNT = 'account', '年终履职报告'
