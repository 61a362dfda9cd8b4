"""The legal events of indicators: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    SUBMIT = 'submit', '报送'
    APPROVE = 'approve', '审核采用'
    RETURN = 'return', '退回'
    PLATFORM_IMPORT = 'platform_import', '政务服务平台统计导入'
