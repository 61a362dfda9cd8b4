"""人民调解: committees, mediators and the disputes they mediate, including pre-litigation mediation referred by
courts (诉前调解) and the 30-day window to apply for judicial confirmation of an agreement (人民调解法第三十三条)."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import validate_citizen_id, validate_non_negative, validate_phone

STAFF_ROLES = {
    "view": {Role.UNIT_CLERK, Role.ADMIN},
    "add": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    "change": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    "delete": {Role.RULE_OF_LAW_OFFICE},
}


class Committee(ScopedModel):
    """A 人民调解委员会: of a village (村/居), a township (乡镇/街道), or a sector (行业性、专业性, e.g. 医疗纠纷)."""

    class Kind(models.TextChoices):
        VILLAGE = "village", "村（居）民委员会人民调解委员会"
        TOWNSHIP = "township", "乡镇（街道）人民调解委员会"
        SECTOR = "sector", "行业性专业性人民调解委员会"
        ENTERPRISE = "enterprise", "企事业单位人民调解委员会"
        OTHER = "other", "其他"

    KIND_UNITS = {
        Kind.VILLAGE: {OrgUnit.Kind.VILLAGE},
        Kind.TOWNSHIP: {OrgUnit.Kind.TOWNSHIP},
    }

    unit = models.ForeignKey(OrgUnit, verbose_name="所属单位", on_delete=models.PROTECT,
                             related_name="mediation_committees")
    name = models.CharField("名称", max_length=100)
    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    sector = models.CharField("行业领域", max_length=50, blank=True, help_text="行业性专业性调委会填写，如医疗纠纷、道路交通")
    established_on = models.DateField("成立日期")
    dissolved_on = models.DateField("撤销日期", null=True, blank=True)
    phone = models.CharField("联系电话", max_length=20, blank=True, validators=[validate_phone])

    org_field = "unit"
    scope_roles = STAFF_ROLES

    date_order = (("established_on", "dissolved_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "人民调解委员会"
        constraints = [models.UniqueConstraint(fields=["unit", "name"], name="mediation_committee_unique_name")]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        allowed = self.KIND_UNITS.get(self.kind)
        if allowed and self.unit_id and self.unit.kind not in allowed:
            raise ValidationError({"unit": f"“{self.get_kind_display()}”应设在{'村（社区）' if self.kind == 'village' else '乡镇（街道）'}，"
                                           f"“{self.unit}”是{self.unit.get_kind_display()}。"})
        if self.kind == self.Kind.SECTOR and not self.sector.strip():
            raise ValidationError({"sector": "行业性专业性人民调解委员会请填写行业领域。"})


class Mediator(ScopedModel):
    """A 人民调解员 of a committee (full-time or part-time)."""

    committee = models.ForeignKey(Committee, verbose_name="人民调解委员会", on_delete=models.PROTECT,
                                  related_name="mediators")
    name = models.CharField("姓名", max_length=50)
    id_number = models.CharField("公民身份号码", max_length=18, blank=True, validators=[validate_citizen_id])
    phone = models.CharField("联系电话", max_length=20, blank=True, validators=[validate_phone])
    full_time = models.BooleanField("专职调解员", default=False)
    appointed_on = models.DateField("选任（聘任）日期")
    left_on = models.DateField("离任日期", null=True, blank=True)

    org_field = "committee__unit"
    scope_roles = STAFF_ROLES

    date_order = (("appointed_on", "left_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "人民调解员"

    def __str__(self) -> str:
        return f"{self.name}（{self.committee}）"


class Dispute(ScopedModel):
    """One dispute taken up by a committee: registered, mediated within the month (一般一个月内调结), concluded with
    or without an agreement; for an agreement the parties may jointly apply to the court for judicial confirmation."""

    class Type(models.TextChoices):
        MARRIAGE_FAMILY = "marriage_family", "婚姻家庭"
        NEIGHBOURHOOD = "neighbourhood", "邻里纠纷"
        LABOUR = "labour", "劳动争议（含欠薪）"
        LAND = "land", "土地承包、宅基地、山林权属"
        CONTRACT = "contract", "合同纠纷"
        DAMAGES = "damages", "损害赔偿"
        TRAFFIC = "traffic", "道路交通事故"
        MEDICAL = "medical", "医疗纠纷"
        PROPERTY = "property", "物业纠纷"
        DEMOLITION = "demolition", "征地拆迁"
        OTHER = "other", "其他"

    class Source(models.TextChoices):
        APPLICATION = "application", "当事人申请"
        SCREENING = "screening", "主动排查"
        COURT = "court", "人民法院委派（诉前调解）"
        POLICE = "police", "公安机关移送（警调联动）"
        PETITION = "petition", "信访部门转办（访调对接）"
        OTHER = "other", "其他部门移送"

    class Result(models.TextChoices):
        AGREEMENT = "agreement", "调解成功（达成协议）"
        FAILED = "failed", "调解不成"
        WITHDRAWN = "withdrawn", "当事人撤回、终止调解"

    class AgreementForm(models.TextChoices):
        WRITTEN = "written", "书面调解协议书"
        ORAL = "oral", "口头协议"

    class Confirmation(models.TextChoices):
        VALID = "valid", "裁定调解协议有效"
        REJECTED = "rejected", "裁定驳回申请"

    committee = models.ForeignKey(Committee, verbose_name="人民调解委员会", on_delete=models.PROTECT,
                                  related_name="disputes")
    mediator = models.ForeignKey(Mediator, verbose_name="主持调解员", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="disputes")
    received_on = models.DateField("受理日期")
    source = models.CharField("纠纷来源", max_length=12, choices=Source.choices)
    court = models.CharField("委派法院（诉前调解）", max_length=100, blank=True)
    dispute_type = models.CharField("纠纷类型", max_length=20, choices=Type.choices)
    applicant_name = models.CharField("申请人（一方当事人）", max_length=100)
    applicant_id_number = models.CharField("申请人公民身份号码", max_length=18, blank=True,
                                           validators=[validate_citizen_id])
    applicant_phone = models.CharField("申请人电话", max_length=20, blank=True, validators=[validate_phone])
    other_party = models.CharField("对方当事人", max_length=200)
    summary = models.CharField("纠纷简要情况", max_length=500)
    amount = models.DecimalField("涉及金额（元）", max_digits=14, decimal_places=2, null=True, blank=True,
                                 validators=[validate_non_negative])
    conclude_due = models.DateField("一般调结期限", null=True, editable=False)
    concluded_on = models.DateField("调结日期", null=True, blank=True, editable=False)
    result = models.CharField("调解结果", max_length=12, choices=Result.choices, blank=True, editable=False)
    agreement_form = models.CharField("协议形式", max_length=10, choices=AgreementForm.choices, blank=True,
                                      editable=False)
    agreement_amount = models.DecimalField("协议金额（元）", max_digits=14, decimal_places=2, null=True, blank=True,
                                           editable=False)
    agreement_effective_on = models.DateField("调解协议生效日期", null=True, blank=True, editable=False)
    confirmation_intended = models.BooleanField("当事人拟申请司法确认", default=False, editable=False)
    confirmation_due = models.DateField("申请司法确认期限", null=True, blank=True, editable=False)
    confirmation_applied_on = models.DateField("申请司法确认日期", null=True, blank=True, editable=False)
    confirmation_court = models.CharField("受理司法确认的法院", max_length=100, blank=True, editable=False)
    confirmation_result = models.CharField("司法确认结果", max_length=10, choices=Confirmation.choices, blank=True,
                                           editable=False)

    org_field = "committee__unit"
    scope_roles = STAFF_ROLES

    class Meta:
        verbose_name = verbose_name_plural = "人民调解案件"
        indexes = [
            models.Index(fields=["received_on"]),
            models.Index(fields=["concluded_on", "result"]),
            models.Index(fields=["conclude_due", "concluded_on"]),
            models.Index(fields=["confirmation_due", "confirmation_applied_on"], name="dispute_confirmation_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.applicant_name}与{self.other_party[:20]}{self.get_dispute_type_display()}"

    @property
    def is_pre_litigation(self) -> bool:
        return self.source == self.Source.COURT

    def clean(self) -> None:
        if self.source == self.Source.COURT and not self.court.strip():
            raise ValidationError({"court": "法院委派的诉前调解请填写委派法院。"})
        if self.mediator_id and self.committee_id and self.mediator.committee_id != self.committee_id:
            raise ValidationError({"mediator": "主持调解员应为本调解委员会的调解员。"})
        if self.committee_id and self.received_on:
            c = self.committee
            if self.received_on < c.established_on or (c.dissolved_on and self.received_on > c.dissolved_on):
                raise ValidationError({"received_on": f"受理日期不在“{c}”存续期间内。"})


class Screening(ScopedModel):
    """A round of 矛盾纠纷排查: a township's or village's sweep for disputes before they grow — the committees may
    mediate of their own motion (《人民调解法》第十七条) and "调解民间纠纷，应当及时、就地进行，防止矛盾激化"
    (第二十一条第二款) — with what it found and settled on the spot."""

    unit = models.ForeignKey(OrgUnit, verbose_name="排查单位", on_delete=models.PROTECT, related_name="dispute_screenings")
    held_on = models.DateField("排查日期")
    scope = models.CharField("排查范围、重点", max_length=200)
    disputes_found = models.PositiveIntegerField("排查出矛盾纠纷（件）", default=0)
    settled_on_spot = models.PositiveIntegerField("当场化解（件）", default=0)

    org_field = "unit"
    scope_roles = STAFF_ROLES

    class Meta:
        verbose_name = verbose_name_plural = "矛盾纠纷排查"
        indexes = [models.Index(fields=["held_on", "id"], name="mediation_screening_list")]

    def __str__(self) -> str:
        return f"{self.held_on} {self.scope[:30]}"

    def clean(self) -> None:
        if self.settled_on_spot > self.disputes_found:
            raise ValidationError({"settled_on_spot": "当场化解的件数不能超过排查出的件数。"})
