"""Register declaration for 政府信息公开申请."""

from django.db.models import Q

from fazhi.core.registers import DeadlineSpec, Register, TodoSpec, register

from . import actions, rules
from .models import AnnualDisclosureReport, DisclosureRequest, ProactiveDisclosure, ProactiveItem


@register
class DisclosureRequestRegister(Register):
    model = DisclosureRequest
    slug = "disclosure-requests"
    area = "政务公开"
    fields = ["unit", "received_on", "channel", "applicant_type", "applicant_name", "applicant_id_number",
              "applicant_uscc", "applicant_phone", "content"]
    detail_fields = fields + ["correction_requested_on", "correction_items", "correction_due", "corrected_on",
                              "consulted_party", "consulted_on", "consultation_due", "consultation_answered_on",
                              "consultation_days", "reply_due", "extended_on", "extension_approver", "replied_on",
                              "outcome"]
    list_columns = ["received_on", "unit", "applicant_name", "content", "reply_due", "replied_on", "outcome"]
    filters = ["channel", "outcome", "unit"]
    search_fields = ["applicant_name", "content"]
    ordering = ["-received_on"]
    masked = {"applicant_id_number": "id", "applicant_phone": "phone"}
    deadlines = [DeadlineSpec("reply_due", "replied_on", "opengov.reply", recompute=actions.reply_due_of),
                 DeadlineSpec("consultation_due", "consultation_answered_on", "opengov.consultation",
                              start_field="consulted_on"),
                 DeadlineSpec("correction_due", "corrected_on", label="申请人补正期限（届满未补正的视为放弃申请）",
                              basis=rules.CORRECTION_BASIS, applies={"replied_on": None})]
    todos = [TodoSpec("待答复的政府信息公开申请", lambda today: Q(replied_on=None))]

    def write(self, user, form):
        return actions.register_request(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.replied_on is None


@register
class ProactiveDisclosureRegister(Register):
    model = ProactiveDisclosure
    slug = "proactive-disclosures"
    area = "政务公开"
    fields = ["unit", "month", "category", "count", "channel"]
    list_columns = ["month", "unit", "category", "count", "channel"]
    filters = ["category", "unit"]
    search_fields = ["unit__name"]
    ordering = ["-month", "unit__path"]
    import_aliases = {"单位": "unit", "数量": "count", "条数": "count"}


@register
class AnnualDisclosureReportRegister(Register):
    model = AnnualDisclosureReport
    slug = "disclosure-reports"
    area = "政务公开"
    fields = ["unit", "year", "kind", "published_on", "url"]
    detail_fields = fields + ["due"]
    list_columns = ["year", "unit", "kind", "due", "published_on"]
    filters = ["kind", "year"]
    ordering = ["-year", "-id"]
    select_related = ["unit"]
    natural_key = ("unit", "year")
    deadlines = [DeadlineSpec("due", "published_on", label="政府信息公开工作年度报告公布", basis=rules.ANNUAL_REPORT_BASIS,
                              soon_days=31)]


@register
class ProactiveItemRegister(Register):
    model = ProactiveItem
    slug = "proactive-items"
    area = "政务公开"
    fields = ["unit", "title", "number", "category", "formed_on", "is_change", "other_rule"]
    detail_fields = fields + ["due", "published_on", "url"]
    list_columns = ["formed_on", "title", "unit", "category", "due", "published_on"]
    filters = ["category", "unit"]
    search_fields = ["title", "number"]
    ordering = ["-formed_on", "-id"]
    select_related = ["unit"]
    import_aliases = {"信息名称": "title", "文件名称": "title", "成文日期": "formed_on", "形成日期": "formed_on"}
    deadlines = [DeadlineSpec("due", "published_on", "opengov.proactive", start_field="formed_on")]
    todos = [TodoSpec("待主动公开的政府信息", lambda today: Q(published_on=None, due__isnull=False))]

    def write(self, user, form):
        return actions.record_item(form.save(commit=False), acting_user=user)

    def deletable(self, obj) -> bool:
        return obj.published_on is None
