"""Register declarations for 法治督察与整改."""

from django.db.models import Q

from fazhi.core.registers import ChildSpec, DeadlineSpec, ImportStep, Register, TodoSpec, register
from fazhi.core.roles import OFFICE, Role

from . import rules
from .models import Finding, Inspection, Rectification


@register
class InspectionRegister(Register):
    model = Inspection
    slug = "supervision-inspections"
    area = "法治督察"
    fields = ["unit", "title", "kind", "started_on", "ended_on", "covered_units", "summary"]
    list_columns = ["started_on", "title", "kind", "unit", "ended_on"]
    filters = ["kind", "unit"]
    search_fields = ["title"]
    ordering = ["-started_on", "-pk"]
    children = [ChildSpec("findings", "发现问题", ("unit", "area", "description", "found_on"))]


@register
class FindingRegister(Register):
    model = Finding
    slug = "findings"
    area = "法治督察"
    fields = ["inspection", "unit", "area", "description", "found_on"]
    list_columns = ["found_on", "unit", "area", "description", "inspection"]
    filters = ["area", "unit", "inspection"]
    search_fields = ["description", "unit__name"]
    ordering = ["-found_on", "-pk"]
    children = [ChildSpec("rectifications", "整改事项", ("responsible_unit", "measure", "due_on", "status", "closed_on"))]


@register
class RectificationRegister(Register):
    model = Rectification
    slug = "rectifications"
    area = "法治督察"
    fields = ["finding", "responsible_unit", "measure", "due_on"]
    detail_fields = fields + ["status", "progress", "submitted_on", "closed_on", "escalations", "last_escalated_on"]
    list_columns = ["due_on", "responsible_unit", "measure", "status", "progress", "escalations", "closed_on"]
    filters = ["status", "responsible_unit"]
    search_fields = ["measure", "finding__description", "responsible_unit__name"]
    ordering = ["due_on", "pk"]
    select_related = ["finding"]
    # the unit's duty is to finish and ask for close-out by the due date; the office's review is not held against it
    deadlines = [DeadlineSpec("due_on", "submitted_on", label=rules.DUE_LABEL, basis=rules.BASIS)]
    children = [ChildSpec("reports", "整改进展、督办与销号", ("on", "kind", "progress", "text"))]
    todos = [
        TodoSpec("逾期未完成整改的事项（请督办）", lambda today: Q(submitted_on=None, closed_on=None, due_on__lt=today),
                 roles=OFFICE),
        TodoSpec("待审核销号的整改事项", lambda today: Q(status="submitted"), roles=OFFICE),
        TodoSpec("本单位未完成的整改事项", lambda today: Q(status="open"),
                 roles=frozenset({Role.UNIT_CLERK, Role.ENFORCEMENT_STAFF, Role.DRAFTING_UNIT})),
    ]
    import_aliases = {"问题": "finding", "整改时限": "due_on", "完成时限": "due_on"}
    import_steps = [ImportStep("progress", {"报告日期": "on", "完成进度（%）": "progress", "整改进展": "text"})]

    def warnings(self, obj) -> list[str]:
        if obj.escalations and obj.status != "closed":
            return [f"该事项已督办{obj.escalations}次（最近一次{obj.last_escalated_on}），"
                    f"逾期仍未完成的，依{rules.BASIS}予以通报、约谈或追责。"]
        return []

    def deletable(self, obj) -> bool:
        return not obj.reports.exists()
