"""The legal events of legalservices: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    REGISTER = 'register', '登记'
    DECIDE = 'decide', '审查决定'
    ASSIGN = 'assign', '指派'
    CLOSE = 'close', '结案'
    OBJECTION = 'objection', '收到异议'
    OBJECTION_DECIDED = 'objection_decided', '异议审查决定'
