"""Register declaration for reported figures."""

from django.db.models import Q

from fazhi.core.registers import Register, TodoSpec, register
from fazhi.core.roles import OFFICE

from . import actions
from .models import DataValue


@register
class DataValueRegister(Register):
    model = DataValue
    slug = "reported-values"
    area = "指标与考核"
    fields = ["key", "unit", "period", "value", "evidence", "comment"]
    detail_fields = fields + ["source", "status", "reviewed_by", "reviewed_on", "review_comment"]
    list_columns = ["key", "unit", "period", "value", "source", "status"]
    filters = ["status", "source", "key", "unit"]
    search_fields = ["key", "evidence", "comment"]
    ordering = ["-period_end", "key"]
    select_related = ["unit"]
    todos = [
        TodoSpec("待审核的填报指标", lambda today: Q(status=DataValue.Status.SUBMITTED), roles=OFFICE),
        TodoSpec("被退回待修改的填报指标", lambda today: Q(status=DataValue.Status.RETURNED)),
    ]

    def list_links(self, user) -> list[tuple[str, str]]:
        return [("导入政务服务平台统计", "/indicators/platform-import/")] if self.user_can(user, "add") else []

    def write(self, user, form):
        return actions.save(user, form.save(commit=False))

    def deletable(self, obj) -> bool:
        return obj.status in (DataValue.Status.DRAFT, DataValue.Status.RETURNED)
