"""行政应诉: lawsuits against an agency, its defence, court sittings and who appeared for it."""

from django.db import models

from fazhi.core.models import OrgUnit, PartyType, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import check_party_identifiers, validate_citizen_id, validate_uscc
from fazhi.reconsideration.models import Application

SCOPE_ROLES = {
    "view": {Role.RECONSIDERATION_OFFICER, Role.ENFORCEMENT_STAFF, Role.UNIT_CLERK, Role.LEGAL_ADVISER},
    "add": {Role.RECONSIDERATION_OFFICER, Role.ENFORCEMENT_STAFF, Role.UNIT_CLERK},
    "change": {Role.RECONSIDERATION_OFFICER, Role.ENFORCEMENT_STAFF, Role.UNIT_CLERK},
    "delete": {Role.RECONSIDERATION_OFFICER},
}


class LitigationCase(ScopedModel):
    """One administrative lawsuit at one instance (审级): the head-appearance duty is counted per instance."""

    class Instance(models.TextChoices):
        FIRST = "first", "一审"
        SECOND = "second", "二审"
        RETRIAL = "retrial", "再审"

    class MustAppear(models.TextChoices):
        NO = "", "—"
        PUBLIC_INTEREST = "public_interest", "涉及重大公共利益（食品药品安全、生态环境和资源保护、公共卫生安全等）"
        PUBLIC_ATTENTION = "public_attention", "社会高度关注或可能引发群体性事件"
        COURT_NOTICE = "court_notice", "人民法院书面建议或通知负责人出庭"
        HIGHER_RULE = "higher_rule", "上级机关规范性文件要求负责人出庭"

    class Outcome(models.TextChoices):
        DISMISS_SUIT = "dismiss_suit", "裁定驳回起诉"
        DISMISS_CLAIM = "dismiss_claim", "判决驳回诉讼请求"
        REVOKE = "revoke", "判决撤销（含部分撤销）"
        DECLARE_UNLAWFUL = "declare_unlawful", "判决确认违法"
        DECLARE_VOID = "declare_void", "判决确认无效"
        ORDER_PERFORMANCE = "order_performance", "判决履行法定职责或给付义务"
        VARY = "vary", "判决变更"
        COMPENSATION = "compensation", "判决行政赔偿、补偿"
        WITHDRAWN = "withdrawn", "原告撤诉（含调解后撤诉）"
        MEDIATION = "mediation", "调解结案"
        UPHELD_ON_APPEAL = "upheld_on_appeal", "二审维持原判"
        OTHER = "other", "其他"

    RULINGS = {Outcome.DISMISS_SUIT, Outcome.WITHDRAWN}  # 裁定: ten days to appeal; the rest 判决: fifteen
    NOT_APPEALABLE = {Outcome.MEDIATION, Outcome.UPHELD_ON_APPEAL}  # 调解书, and a 二审 judgment is final
    DISMISSED = {Outcome.DISMISS_SUIT, Outcome.DISMISS_CLAIM}

    class AppealDecision(models.TextChoices):
        APPEAL = "appeal", "提起上诉"
        ACCEPT = "accept", "服判息诉，不上诉"

    LOST = {Outcome.REVOKE, Outcome.DECLARE_UNLAWFUL, Outcome.DECLARE_VOID, Outcome.ORDER_PERFORMANCE,
            Outcome.VARY, Outcome.COMPENSATION}

    unit = models.ForeignKey(OrgUnit, verbose_name="被告行政机关", on_delete=models.PROTECT,
                             related_name="lawsuits")
    court = models.CharField("受理法院", max_length=100)
    case_number = models.CharField("案号", max_length=60)
    instance = models.CharField("审级", max_length=10, choices=Instance.choices, default=Instance.FIRST)
    plaintiff_type = models.CharField("原告类型", max_length=20, choices=PartyType.choices)
    plaintiff_name = models.CharField("原告", max_length=100)
    plaintiff_id_number = models.CharField("原告公民身份号码", max_length=18, blank=True,
                                           validators=[validate_citizen_id])
    plaintiff_uscc = models.CharField("原告统一社会信用代码", max_length=18, blank=True, validators=[validate_uscc])
    cause = models.CharField("被诉行政行为（案由）", max_length=200)
    reconsideration = models.ForeignKey(Application, verbose_name="关联行政复议案件", null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="lawsuits")
    enforcement_reference = models.CharField("关联执法案件编号", max_length=60, blank=True)
    served_on = models.DateField("收到起诉状副本日期")
    defence_due = models.DateField("答辩举证期限", null=True, blank=True, editable=False)
    defence_filed_on = models.DateField("提交答辩状和证据日期", null=True, blank=True, editable=False)
    must_appear = models.CharField("负责人应当出庭情形", max_length=30, choices=MustAppear.choices, blank=True)
    notice_received_on = models.DateField("收到出庭通知书日期", null=True, blank=True, editable=False)
    reminder_sent_on = models.DateField("出庭应诉提示函发送日期", null=True, blank=True, editable=False)
    reminder_to = models.CharField("提示函送达负责人", max_length=50, blank=True, editable=False)
    hearing_scheduled_on = models.DateField("开庭日期", null=True, blank=True, editable=False)
    heard_on = models.DateField("已开庭日期", null=True, blank=True, editable=False)
    head_appeared = models.BooleanField("负责人已出庭", default=False, editable=False)
    outcome = models.CharField("裁判结果", max_length=30, choices=Outcome.choices, blank=True, editable=False)
    outcome_on = models.DateField("裁判日期", null=True, blank=True, editable=False)
    lost = models.BooleanField("败诉", default=False, editable=False)
    appealed = models.BooleanField("已上诉", default=False, editable=False)
    judgment_served_on = models.DateField("裁判文书送达日期", null=True, blank=True, editable=False)
    appeal_due = models.DateField("上诉期限", null=True, blank=True, editable=False)
    appeal_decision = models.CharField("是否上诉", max_length=8, choices=AppealDecision.choices, blank=True,
                                       editable=False)
    appeal_decided_on = models.DateField("上诉决定日期", null=True, blank=True, editable=False)
    performed_on = models.DateField("履行生效裁判日期", null=True, blank=True, editable=False)
    performance = models.CharField("履行情况", max_length=300, blank=True, editable=False)

    org_field = "unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = "行政应诉案件"
        verbose_name_plural = "行政应诉案件"
        indexes = [
            models.Index(fields=["served_on", "id"], name="litigation_litigationcase_list"),
            models.Index(fields=["unit", "served_on"]),
            models.Index(fields=["defence_due", "defence_filed_on"]),
            models.Index(fields=["outcome_on"]),
            models.Index(fields=["hearing_scheduled_on", "heard_on"], name="litigationca_hearing_schedu_ix"),
            models.Index(fields=["appeal_due", "appeal_decided_on"], name="litigation_appeal_due_ix"),
        ]
        constraints = [models.UniqueConstraint(fields=["court", "case_number"], name="unique_court_case_number")]

    def __str__(self) -> str:
        return f"{self.case_number} {self.plaintiff_name} 诉 {self.unit}"

    def clean(self) -> None:
        check_party_identifiers(self.plaintiff_type, self.plaintiff_id_number, self.plaintiff_uscc,
                                "plaintiff_id_number", "plaintiff_uscc")


class CourtSitting(ScopedModel):
    """A court sitting and who appeared for the agency (行政诉讼法第三条第三款; 2020年规定第二条、第八条)."""

    class HeadRole(models.TextChoices):
        PRINCIPAL = "principal", "正职负责人"
        DEPUTY = "deputy", "副职负责人"
        DEPUTY_IN_CHARGE = "deputy_in_charge", "参与分管被诉行政行为实施工作的副职级别负责人"
        OTHER_IN_CHARGE = "other_in_charge", "其他参与分管的负责人"

    class AbsenceReason(models.TextChoices):
        NONE = "", "—"
        FORCE_MAJEURE = "force_majeure", "不可抗力"
        ACCIDENT = "accident", "意外事件"
        DUTY = "duty", "需要履行他人不能代替的公务"
        OTHER = "other", "其他正当事由"

    case = models.ForeignKey(LitigationCase, verbose_name="应诉案件", on_delete=models.CASCADE, related_name="sittings")
    held_on = models.DateField("开庭日期")
    head_appeared = models.BooleanField("负责人出庭", default=False)
    head_name = models.CharField("出庭负责人", max_length=50, blank=True)
    head_post = models.CharField("职务", max_length=50, blank=True)
    head_role = models.CharField("负责人类别", max_length=20, choices=HeadRole.choices, blank=True)
    staff = models.CharField("出庭工作人员", max_length=100, blank=True)
    lawyer = models.CharField("委托律师", max_length=100, blank=True)
    absence_reason = models.CharField("负责人未出庭理由", max_length=20, choices=AbsenceReason.choices, blank=True)

    org_field = "case__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = "开庭"
        verbose_name_plural = "开庭与出庭情况"
        ordering = ["held_on"]
        indexes = [models.Index(fields=["held_on", "head_appeared"])]

    def __str__(self) -> str:
        return f"{self.held_on} 开庭"
