"""The legal events of reports: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    PUBLISH = 'publish', '公开发布'
    WITHDRAW = 'withdraw', '撤回公开'
    DRAFT = 'draft', '生成报告初稿'
    ADOPT = 'adopt_findings', '采纳数据提示的不足和安排'
