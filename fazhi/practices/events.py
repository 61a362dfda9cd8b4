"""The events of 工作举措与制度建设 (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    INCLUDE = "include", "列入年度报告"
    EXCLUDE = "exclude", "不列入年度报告"
