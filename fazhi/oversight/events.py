"""The legal events of oversight: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    ASSIGN = "assign", "接受交办"
    MEET = "meet", "面商（面复）"
    REPLY = "reply", "书面答复"
    FEEDBACK = "feedback", "登记代表（委员）意见"
    REDO = "redo", "重新办理答复"
    RECEIVE = "receive", "收到建议书"
    RESPOND = "respond", "书面回复建议书"
