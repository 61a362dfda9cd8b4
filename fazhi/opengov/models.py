"""政府信息公开申请: a request for government information, its reply period (条例第三十三条) and outcome."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, PartyType, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import (
    check_party_identifiers,
    refuse_duplicate,
    validate_citizen_id,
    validate_uscc,
)

STAFF = {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE}


class DisclosureRequest(ScopedModel):
    """One 依申请公开 request received by an agency."""

    class Channel(models.TextChoices):
        ONLINE = "online", "网上申请"
        LETTER = "letter", "信函"
        IN_PERSON = "in_person", "当面"
        FAX = "fax", "传真"

    class Outcome(models.TextChoices):
        DISCLOSED = "disclosed", "予以公开"
        PARTLY = "partly", "部分公开"
        REFUSED = "refused", "不予公开"
        NOT_HELD = "not_held", "本机关不掌握相关政府信息"
        NOT_PROCESSED = "not_processed", "不予处理"
        OTHER = "other", "其他处理"
        ABANDONED = "abandoned", "逾期未补正，视为放弃申请"

    unit = models.ForeignKey(OrgUnit, verbose_name="收到申请的行政机关", on_delete=models.PROTECT,
                             related_name="disclosure_requests")
    received_on = models.DateField("收到申请日期")
    channel = models.CharField("申请方式", max_length=10, choices=Channel.choices)
    applicant_type = models.CharField("申请人类型", max_length=20, choices=PartyType.choices)
    applicant_name = models.CharField("申请人", max_length=100)
    applicant_id_number = models.CharField("申请人公民身份号码", max_length=18, blank=True,
                                           validators=[validate_citizen_id])
    applicant_uscc = models.CharField("申请人统一社会信用代码", max_length=18, blank=True, validators=[validate_uscc])
    applicant_phone = models.CharField("联系电话", max_length=20, blank=True)
    content = models.CharField("申请公开的内容", max_length=500)
    correction_requested_on = models.DateField("告知补正日期", null=True, blank=True, editable=False)
    correction_items = models.CharField("需要补正的事项", max_length=300, blank=True, editable=False)
    correction_due = models.DateField("补正期限", null=True, blank=True, editable=False)
    corrected_on = models.DateField("收到补正日期", null=True, blank=True, editable=False)
    reply_due = models.DateField("答复期限", null=True, editable=False)
    extended_on = models.DateField("延长答复期限日期", null=True, blank=True, editable=False)
    extension_approver = models.CharField("同意延长的负责人", max_length=50, blank=True, editable=False)
    replied_on = models.DateField("答复日期", null=True, blank=True, editable=False)
    outcome = models.CharField("答复结果", max_length=20, choices=Outcome.choices, blank=True, editable=False)
    consulted_party = models.CharField("征求意见的第三方（机关）", max_length=100, blank=True, editable=False)
    consulted_on = models.DateField("书面征求意见日期", null=True, blank=True, editable=False)
    consultation_due = models.DateField("第三方提出意见期限", null=True, blank=True, editable=False)
    consultation_answered_on = models.DateField("收到第三方意见日期", null=True, blank=True, editable=False)
    consultation_days = models.PositiveSmallIntegerField("征求意见所用工作日（不计入答复期限）", default=0,
                                                         editable=False)

    org_field = "unit"
    scope_roles = {"view": STAFF, "add": STAFF, "change": STAFF, "delete": {Role.RULE_OF_LAW_OFFICE}}

    class Meta:
        verbose_name = verbose_name_plural = "政府信息公开申请"
        indexes = [
            models.Index(fields=["received_on"]),
            models.Index(fields=["correction_due", "corrected_on"], name="disclosurere_correction_due_ix"),
            models.Index(fields=["reply_due", "replied_on"], name="disclosurere_reply_due_ix"),
            models.Index(fields=["consultation_due", "consultation_answered_on"], name="disclosurere_consult_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.applicant_name}：{self.content[:20]}"

    def clean(self) -> None:
        check_party_identifiers(self.applicant_type, self.applicant_id_number, self.applicant_uscc,
                                "applicant_id_number", "applicant_uscc")


class ProactiveDisclosure(ScopedModel):
    """Information published on the unit's own initiative (主动公开) in a month, by category: the count the website
    system reports, entered monthly."""

    class Category(models.TextChoices):
        POLICY = "policy", "规章、规范性文件及政策解读"
        PLANNING = "planning", "规划计划、统计信息"
        BUDGET = "budget", "财政预决算、“三公”经费"
        LICENSING = "licensing", "行政许可、行政处罚等执法信息"
        PERSONNEL = "personnel", "人事信息"
        SERVICES = "services", "政务服务、办事指南"
        OTHER = "other", "其他"

    unit = models.ForeignKey(OrgUnit, verbose_name="公开单位", on_delete=models.PROTECT,
                             related_name="proactive_disclosures")
    month = models.DateField("月份（填该月任一日）")
    category = models.CharField("类别", max_length=12, choices=Category.choices)
    count = models.PositiveIntegerField("主动公开信息（条）")
    channel = models.CharField("公开渠道", max_length=100, default="政府门户网站")

    org_field = "unit"
    scope_roles = {"view": STAFF, "add": STAFF, "change": STAFF, "delete": {Role.RULE_OF_LAW_OFFICE}}

    class Meta:
        verbose_name = verbose_name_plural = "主动公开统计"
        constraints = [models.UniqueConstraint(fields=["unit", "month", "category"], name="opengov_disclosure_month")]
        indexes = [models.Index(fields=["month", "id"], name="opengov_proactivediscl_list")]

    def __str__(self) -> str:
        return f"{self.unit}{self.month:%Y年%m月}{self.get_category_display()}"

    def save(self, *args, **kwargs):
        if self.month:
            self.month = self.month.replace(day=1)  # one row per unit, month and category
        super().save(*args, **kwargs)

    def clean(self) -> None:
        refuse_duplicate(self, "month", "该单位该月份该类别的统计已经填报，请修改原记录。", unit_id=self.unit_id,
                         month=self.month.replace(day=1) if self.month else None, category=self.category)


class ProactiveItem(ScopedModel):
    """A piece of government information within the scope of 主动公开 (a 规范性文件, a budget, a plan …), tracked
    from its creation or change to its publication within 20 working days (条例第二十六条)."""

    unit = models.ForeignKey(OrgUnit, verbose_name="公开单位", on_delete=models.PROTECT, related_name="proactive_items")
    title = models.CharField("政府信息名称", max_length=200)
    number = models.CharField("文号", max_length=60, blank=True)
    category = models.CharField("类别", max_length=12, choices=ProactiveDisclosure.Category.choices)
    formed_on = models.DateField("形成或者变更日期")
    is_change = models.BooleanField("变更后重新公开", default=False)
    other_rule = models.CharField("法律、法规另有规定的公开期限（如有）", max_length=200, blank=True,
                                  help_text="法律、法规对公开期限另有规定的，从其规定；填写规定及期限，系统不再按20个工作日提醒")
    due = models.DateField("公开期限", null=True, blank=True, editable=False)
    published_on = models.DateField("公开日期", null=True, blank=True, editable=False)
    url = models.URLField("公开网址", blank=True, editable=False)

    org_field = "unit"
    scope_roles = {"view": STAFF, "add": STAFF, "change": STAFF, "delete": {Role.RULE_OF_LAW_OFFICE}}

    class Meta:
        verbose_name = verbose_name_plural = "主动公开事项"
        indexes = [models.Index(fields=["formed_on", "id"], name="opengov_proactiveitem_list"),
                   models.Index(fields=["due", "published_on"], name="opengov_proactive_due_ix")]

    def __str__(self) -> str:
        return self.title


class AnnualDisclosureReport(ScopedModel):
    """The 政府信息公开工作年度报告 of a department (to the disclosure office and published by 31 January) or of a
    government (published by its disclosure office by 31 March) on the year before (条例第四十九条)."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", "县级以上人民政府部门"
        GOVERNMENT = "government", "县级以上地方人民政府"

    unit = models.ForeignKey(OrgUnit, verbose_name="报告单位", on_delete=models.PROTECT,
                             related_name="disclosure_reports")
    year = models.PositiveSmallIntegerField("报告年度")
    kind = models.CharField("报告主体", max_length=12, choices=Kind.choices)
    due = models.DateField("公布期限", null=True, editable=False)
    published_on = models.DateField("向社会公布日期", null=True, blank=True)
    url = models.URLField("公布网址", blank=True)

    org_field = "unit"
    scope_roles = {"view": STAFF, "add": STAFF, "change": STAFF, "delete": {Role.RULE_OF_LAW_OFFICE}}

    class Meta:
        verbose_name = verbose_name_plural = "政府信息公开工作年度报告"
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="one_disclosure_report_per_year")]
        indexes = [models.Index(fields=["year", "id"], name="opengov_annualreport_list"),
                   models.Index(fields=["due", "published_on"], name="opengov_annualreport_due_ix")]

    def __str__(self) -> str:
        return f"{self.unit}{self.year}年政府信息公开工作年度报告"

    def clean(self) -> None:
        from . import rules

        if self.year:
            self.due = rules.annual_report_due(self.year, self.kind)
        if self.published_on and self.year and self.published_on.year <= self.year - 1:
            raise ValidationError({"published_on": f"{self.year}年度报告应在{self.year + 1}年公布。"})
