"""法律顾问: the government's legal advisers at county, township and village level."""

from django.core.validators import MinValueValidator
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import validate_phone, validate_uscc


class LegalAdviser(ScopedModel):
    """A legal adviser (政府法律顾问 / 村居法律顾问) serving an org unit under a contract."""

    class Level(models.TextChoices):
        COUNTY = "county", "县级"
        TOWNSHIP = "township", "乡镇（街道）级"
        VILLAGE = "village", "村（社区）级"

    name = models.CharField("姓名", max_length=50)
    level = models.CharField("层级", max_length=10, choices=Level.choices)
    unit = models.ForeignKey(OrgUnit, verbose_name="服务单位", on_delete=models.PROTECT, related_name="legal_advisers")
    law_firm = models.CharField("所在律师事务所/单位", max_length=100, blank=True)
    is_public_lawyer = models.BooleanField("公职律师", default=False)
    contract_start = models.DateField("聘期开始")
    contract_end = models.DateField("聘期结束")
    phone = models.CharField("联系电话", max_length=20, validators=[validate_phone])
    is_active = models.BooleanField("在聘", default=True)
    note = models.CharField("备注", max_length=200, blank=True)

    org_field = "unit"
    scope_roles = {
        "view": {Role.UNIT_CLERK, Role.DRAFTING_UNIT, Role.LEGAL_ADVISER, Role.RECONSIDERATION_OFFICER,
                 Role.ENFORCEMENT_STAFF, Role.ADMIN},
        "add": {Role.RULE_OF_LAW_OFFICE, Role.UNIT_CLERK},
        "change": {Role.RULE_OF_LAW_OFFICE, Role.UNIT_CLERK},
        "delete": {Role.RULE_OF_LAW_OFFICE},
    }

    date_order = (("contract_start", "contract_end"),)

    class Meta:
        verbose_name = "法律顾问"
        verbose_name_plural = "法律顾问"
        indexes = [models.Index(fields=["contract_end", "is_active"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(contract_end__gte=models.F("contract_start")),
                                   name="adviser_contract_dates_in_order"),
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.unit}）"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        level_kinds = {
            self.Level.COUNTY: {OrgUnit.Kind.COUNTY, OrgUnit.Kind.DEPARTMENT},
            self.Level.TOWNSHIP: {OrgUnit.Kind.TOWNSHIP, OrgUnit.Kind.DEPARTMENT},
            self.Level.VILLAGE: {OrgUnit.Kind.VILLAGE},
        }
        if self.unit_id and self.level and self.unit.kind not in level_kinds[self.level]:
            raise ValidationError({"unit": f"“{self.get_level_display()}”法律顾问的服务单位应为相应层级的单位，"
                                           f"“{self.unit}”是{self.unit.get_kind_display()}。"})


ADVISER_WORK_ROLES = {
    "view": LegalAdviser.scope_roles["view"],
    "add": {Role.RULE_OF_LAW_OFFICE, Role.UNIT_CLERK, Role.LEGAL_ADVISER, Role.DRAFTING_UNIT},
    "change": {Role.RULE_OF_LAW_OFFICE, Role.UNIT_CLERK, Role.LEGAL_ADVISER},
    "delete": {Role.RULE_OF_LAW_OFFICE},
}


class Opinion(ScopedModel):
    """A written legal opinion by an adviser: on a major decision, a normative document, a government contract
    (政府合同, with its counterparty and amount) or another legal matter."""

    class Kind(models.TextChoices):
        DECISION = "decision", "重大行政决策"
        NORMATIVE = "normative", "行政规范性文件"
        CONTRACT = "contract", "政府合同"
        OTHER = "other", "其他法律事务"

    adviser = models.ForeignKey(LegalAdviser, verbose_name="法律顾问", on_delete=models.PROTECT, related_name="opinions")
    on = models.DateField("出具日期")
    kind = models.CharField("事项类型", max_length=10, choices=Kind.choices)
    subject = models.CharField("事项名称", max_length=200)
    decision = models.ForeignKey("decisions.MajorDecision", verbose_name="重大行政决策", null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="adviser_opinions")
    document = models.ForeignKey("normative.NormativeDocument", verbose_name="规范性文件", null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="adviser_opinions")
    counterparty = models.CharField("合同相对方", max_length=100, blank=True)
    counterparty_uscc = models.CharField("相对方统一社会信用代码", max_length=18, blank=True,
                                         validators=[validate_uscc])
    amount = models.DecimalField("合同金额（元）", max_digits=14, decimal_places=2, null=True, blank=True,
                                 validators=[MinValueValidator(0)])
    content = models.TextField("法律意见")

    org_field = "adviser__unit"
    scope_roles = ADVISER_WORK_ROLES

    class Meta:
        verbose_name = verbose_name_plural = "法律顾问意见"
        indexes = [models.Index(fields=["on", "kind"])]

    def __str__(self) -> str:
        return f"{self.adviser.name}：{self.subject}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.kind == self.Kind.CONTRACT and not (self.counterparty and self.amount is not None):
            raise ValidationError({"counterparty": "审查政府合同须填写合同相对方和合同金额。"})
        if self.kind == self.Kind.DECISION and not self.decision_id:
            raise ValidationError({"decision": "请选择所审查的重大行政决策。"})
        if self.kind == self.Kind.NORMATIVE and not self.document_id:
            raise ValidationError({"document": "请选择所审核的规范性文件。"})
        if self.adviser_id and self.on and self.on < self.adviser.contract_start:
            raise ValidationError({"on": f"出具日期早于该法律顾问的聘期开始日（{self.adviser.contract_start}）。"})


class Service(ScopedModel):
    """Other adviser work counted in reports: meetings attended (列席会议) and cases represented (代理诉讼/复议)."""

    class Kind(models.TextChoices):
        MEETING = "meeting", "列席会议"
        LITIGATION = "litigation", "代理诉讼案件"
        RECONSIDERATION = "reconsideration", "代理复议案件"
        TRAINING = "training", "法治讲座/培训"

    adviser = models.ForeignKey(LegalAdviser, verbose_name="法律顾问", on_delete=models.PROTECT, related_name="services")
    kind = models.CharField("类型", max_length=16, choices=Kind.choices)
    on = models.DateField("日期")
    subject = models.CharField("会议/案件名称", max_length=200)
    litigation_case = models.ForeignKey("litigation.LitigationCase", verbose_name="应诉案件", null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="adviser_services")
    note = models.CharField("备注", max_length=200, blank=True)

    org_field = "adviser__unit"
    scope_roles = ADVISER_WORK_ROLES

    class Meta:
        verbose_name = verbose_name_plural = "法律顾问服务记录"
        indexes = [models.Index(fields=["on", "kind"])]

    def __str__(self) -> str:
        return f"{self.adviser.name}：{self.get_kind_display()} {self.subject}"
