"""The legal events of study: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    EXAM = 'exam', '任前法律知识考试'
    LAW_REPORT = 'law_report', '述法'
