"""Register declaration of 工作举措与制度建设."""

from django.db.models import Q

from fazhi.core.registers import Register, TodoSpec, register
from fazhi.core.roles import OFFICE

from .models import Practice


@register
class PracticeRegister(Register):
    model = Practice
    slug = "practices"
    area = "工作举措与制度建设"
    fields = ["unit", "kind", "heading", "title", "on", "document_number", "summary", "awarded_by", "level", "link"]
    detail_fields = fields + ["in_report"]
    list_columns = ["on", "kind", "title", "unit", "heading", "in_report"]
    filters = ["kind", "heading", "level", "in_report", "unit"]
    search_fields = ["title", "document_number", "summary", "awarded_by"]
    ordering = ["-on", "-pk"]
    todos = [TodoSpec("待决定是否写入年度报告的工作举措", lambda today: Q(in_report=False, on__year=today.year - 1),
                      roles=OFFICE)]
    # the columns of the 工作台账 units keep
    import_aliases = {"名称": "title", "文件名称": "title", "事项": "title", "文号": "document_number", "日期": "on",
                      "印发日期": "on", "类型": "kind", "领域": "heading", "主要内容": "summary", "授予单位": "awarded_by"}
