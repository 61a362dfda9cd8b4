"""The legal events of assessment: every domain event its steps record (DomainEvent.event)."""

from django.db import models


class Event(models.TextChoices):
    OPEN = 'open', '建立考核'
    SELF = 'self', '保存自评'
    SUBMIT = 'submit', '报送自评'
    REVIEW = 'review', '评审打分'
    RETURN = 'return', '退回补充'
    FINALISE = 'finalise', '评定'
    LOAD_ITEMS = 'load', '导入指标体系'
    EDIT_ITEM = 'edit_item', '修改指标'
    COPY = 'copy', '复制为新年度'
    REFRESH = 'refresh', '更新自动得分'
