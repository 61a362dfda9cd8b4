"""The legal events of opengov: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    REGISTER = 'register', '登记申请'
    REQUEST_CORRECTION = 'request_correction', '告知补正'
    RECEIVE_CORRECTION = 'receive_correction', '收到补正'
    ABANDONED = 'abandoned', '视为放弃申请'
    EXTEND = 'extend', '延长答复期限'
    REPLY = 'reply', '答复'
    CONSULT = 'consult', '书面征求第三方意见'
    CONSULTED = 'consulted', '收到第三方意见'
    PROACTIVE_FORMED = 'proactive_formed', '登记主动公开事项'
    PROACTIVE_PUBLISH = 'proactive_publish', '主动公开'
