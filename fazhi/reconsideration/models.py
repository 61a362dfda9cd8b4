"""行政复议: applications from receipt through examination, hearing and decision (行政复议法, 2023)."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, PartyType, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import (
    check_party_identifiers,
    validate_citizen_id,
    validate_non_negative,
    validate_phone,
    validate_uscc,
)

SCOPE_ROLES = {
    "view": {Role.RECONSIDERATION_OFFICER},
    "add": {Role.RECONSIDERATION_OFFICER},
    "change": {Role.RECONSIDERATION_OFFICER},
    "delete": {Role.RECONSIDERATION_OFFICER},
}


class Application(ScopedModel):
    """A reconsideration application and the case it becomes once accepted."""

    class Channel(models.TextChoices):
        IN_PERSON = "in_person", "当面递交"
        POST = "post", "邮寄"
        ONLINE = "online", "网上申请"
        MOBILE = "mobile", "掌上申请"

    class ActType(models.TextChoices):
        PENALTY = "penalty", "行政处罚"
        COERCION = "coercion", "行政强制"
        LICENSING = "licensing", "行政许可"
        DISCLOSURE = "disclosure", "政府信息公开"
        NONPERFORMANCE = "nonperformance", "不履行法定职责"
        EXPROPRIATION = "expropriation", "征收征用及补偿"
        RESOURCE_TITLE = "resource_title", "自然资源权属"
        WORK_INJURY = "work_injury", "工伤认定"
        OTHER = "other", "其他"

    class Status(models.TextChoices):
        RECEIVED = "received", "待审查"
        CORRECTING = "correcting", "补正中"
        ACCEPTED = "accepted", "已受理审理中"
        SUSPENDED = "suspended", "中止"
        REJECTED = "rejected", "不予受理"
        ABANDONED = "abandoned", "视为放弃申请"
        CONCLUDED = "concluded", "已审结"

    class Procedure(models.TextChoices):
        ORDINARY = "ordinary", "普通程序"
        SIMPLIFIED = "simplified", "简易程序"

    class SimplifiedGround(models.TextChoices):
        ON_THE_SPOT = "on_the_spot", "被申请行政行为是当场作出（第五十三条第一款第一项）"
        WARNING = "warning", "被申请行政行为是警告或者通报批评（第二项）"
        SMALL_AMOUNT = "small_amount", "案件涉及款额三千元以下（第三项）"
        DISCLOSURE = "disclosure", "属于政府信息公开案件（第四项）"
        PARTIES_AGREE = "parties_agree", "当事人各方同意适用简易程序（第五十三条第二款）"

    class Decision(models.TextChoices):
        UPHOLD = "uphold", "维持"
        REVOKE = "revoke", "撤销（含部分撤销）"
        VARY = "vary", "变更"
        DECLARE_UNLAWFUL = "declare_unlawful", "确认违法"
        DECLARE_VOID = "declare_void", "确认无效"
        ORDER_PERFORMANCE = "order_performance", "责令履行"
        DISMISS = "dismiss", "驳回行政复议请求"
        DISMISS_APPLICATION = "dismiss_application", "驳回申请"
        MEDIATION = "mediation", "调解（行政复议调解书）"
        SETTLEMENT = "settlement", "和解后撤回申请（终止）"
        TERMINATE = "terminate", "终止（其他情形）"

    RESOLVED_BY_AGREEMENT = {Decision.MEDIATION, Decision.SETTLEMENT}  # 第七十三条、第七十四条
    CORRECTIVE = {Decision.REVOKE, Decision.VARY, Decision.DECLARE_UNLAWFUL, Decision.DECLARE_VOID,
                  Decision.ORDER_PERFORMANCE}

    unit = models.ForeignKey(OrgUnit, verbose_name="行政复议机关", on_delete=models.PROTECT,
                             related_name="reconsiderations")
    case_number = models.CharField("案号", max_length=50, blank=True)
    applicant_type = models.CharField("申请人类型", max_length=20, choices=PartyType.choices)
    applicant_name = models.CharField("申请人", max_length=100)
    applicant_id_number = models.CharField("申请人公民身份号码", max_length=18, blank=True,
                                           validators=[validate_citizen_id])
    applicant_uscc = models.CharField("申请人统一社会信用代码", max_length=18, blank=True, validators=[validate_uscc])
    applicant_phone = models.CharField("申请人电话", max_length=20, blank=True, validators=[validate_phone])
    agent = models.CharField("委托代理人", max_length=100, blank=True)
    third_parties = models.CharField("第三人", max_length=200, blank=True)
    respondent_unit = models.ForeignKey(OrgUnit, verbose_name="被申请人（本系统单位）", null=True, blank=True,
                                        on_delete=models.PROTECT, related_name="reconsiderations_as_respondent")
    respondent_name = models.CharField("被申请人", max_length=100, blank=True, help_text="不在本系统的机关填写名称")
    act_type = models.CharField("行政行为类别", max_length=20, choices=ActType.choices)
    act_description = models.CharField("被申请行政行为", max_length=300)
    act_date = models.DateField("行政行为作出日期", null=True, blank=True)
    act_amount = models.DecimalField("涉及款额（元）", max_digits=14, decimal_places=2, null=True, blank=True,
                                     validators=[validate_non_negative])
    act_on_the_spot = models.BooleanField("当场作出", default=False)
    known_on = models.DateField("申请人知道该行政行为之日", null=True, blank=True)
    received_on = models.DateField("收到申请日期")
    channel = models.CharField("申请方式", max_length=20, choices=Channel.choices)
    requests = models.TextField("行政复议请求", blank=True)

    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.RECEIVED, editable=False)
    apply_due = models.DateField("申请期限届满日", null=True, blank=True, editable=False)
    late_application = models.BooleanField("疑似超过申请期限", default=False, editable=False)
    # examination (第三十条、第三十一条)
    examination_due = models.DateField("受理审查期限", null=True, blank=True, editable=False)
    examined_on = models.DateField("审查决定日期", null=True, blank=True, editable=False)
    correction_notice_on = models.DateField("补正通知送达日期", null=True, blank=True, editable=False)
    correction_items = models.CharField("补正事项", max_length=300, blank=True, editable=False)
    correction_due = models.DateField("补正期限", null=True, blank=True, editable=False)
    corrected_on = models.DateField("收到补正材料日期", null=True, blank=True, editable=False)
    accepted_on = models.DateField("受理日期", null=True, blank=True, editable=False)
    deemed_accepted = models.BooleanField("视为受理", default=False, editable=False)
    rejection_reason = models.CharField("不予受理理由", max_length=300, blank=True, editable=False)
    competent_body = models.CharField("告知有管辖权的复议机关", max_length=100, blank=True, editable=False)
    # hearing of the case (第四十八条、第五十四条、第六十二条)
    procedure = models.CharField("审理程序", max_length=20, choices=Procedure.choices, blank=True, editable=False)
    simplified_ground = models.CharField("适用简易程序情形", max_length=20, choices=SimplifiedGround.choices,
                                         blank=True, editable=False)
    copy_due = models.DateField("发送副本期限", null=True, blank=True, editable=False)
    copy_sent_on = models.DateField("副本发送日期", null=True, blank=True, editable=False)
    copy_received_on = models.DateField("被申请人收到副本日期", null=True, blank=True, editable=False)
    reply_due = models.DateField("答复期限", null=True, blank=True, editable=False)
    replied_on = models.DateField("被申请人答复日期", null=True, blank=True, editable=False)
    decision_due = models.DateField("审理期限", null=True, blank=True, editable=False)
    extended = models.BooleanField("已延长审理期限", default=False, editable=False)
    extension_approver = models.CharField("延期批准人", max_length=50, blank=True, editable=False)
    extension_reason = models.CharField("延期理由", max_length=300, blank=True, editable=False)
    paused_days = models.PositiveIntegerField("中止天数", default=0, editable=False)
    # decision (第六十一条至第七十四条)
    decision = models.CharField("决定类型", max_length=30, choices=Decision.choices, blank=True, editable=False)
    decided_on = models.DateField("决定日期", null=True, blank=True, editable=False)
    decision_number = models.CharField("决定书文号", max_length=50, blank=True, editable=False)
    corrective = models.BooleanField("纠错", default=False, editable=False)
    # performance of the decision by the respondent (第六十四条、第六十六条、第七十七条)
    performance_due = models.DateField("重作（履行）期限", null=True, blank=True, editable=False,
                                       help_text="决定责令被申请人在一定期限内重新作出行政行为或者履行的期限")
    performed_on = models.DateField("被申请人履行日期", null=True, blank=True, editable=False)
    performance_note = models.CharField("履行情况", max_length=300, blank=True, editable=False)
    ordered_on = models.DateField("责令限期履行日期", null=True, blank=True, editable=False)
    on_time = models.BooleanField("法定期限内审结", null=True, blank=True, editable=False)

    org_field = "unit"
    scope_roles = SCOPE_ROLES

    date_order = (("act_date", "known_on"), ("known_on", "received_on"), ("act_date", "received_on"))

    class Meta:
        verbose_name = "行政复议案件"
        verbose_name_plural = "行政复议案件"
        indexes = [
            models.Index(fields=["received_on", "id"], name="reconsider_application_list"),
            models.Index(fields=["unit", "received_on"]),
            models.Index(fields=["status", "decision_due"]),
            models.Index(fields=["examination_due", "examined_on"]),
            models.Index(fields=["decided_on"]),
            models.Index(fields=["copy_due", "copy_sent_on"], name="application_copy_due_ix"),
            models.Index(fields=["correction_due", "corrected_on"], name="application_correction_due_ix"),
            models.Index(fields=["decision_due", "decided_on"], name="application_decision_due_ix"),
            models.Index(fields=["performance_due", "performed_on"], name="application_performance_due_ix"),
            models.Index(fields=["reply_due", "replied_on"], name="application_reply_due_ix"),
        ]
        constraints = [models.UniqueConstraint(fields=["unit", "case_number"], condition=~models.Q(case_number=""),
                                               name="one_case_number_per_reconsideration_body")]

    def __str__(self) -> str:
        label = self.case_number or f"申请{self.pk or ''}"
        return f"{label} {self.applicant_name} 诉 {self.respondent_display}"

    def clean(self) -> None:
        check_party_identifiers(self.applicant_type, self.applicant_id_number, self.applicant_uscc,
                                "applicant_id_number", "applicant_uscc")
        errors = {}
        if not self.respondent_unit_id and not self.respondent_name:
            errors["respondent_name"] = "请选择或填写被申请人。"
        if errors:
            raise ValidationError(errors)

    @property
    def respondent_display(self) -> str:
        return self.respondent_unit.name if self.respondent_unit_id else self.respondent_name

    @property
    def suspended(self) -> bool:
        return self.status == self.Status.SUSPENDED


class Hearing(ScopedModel):
    """听证 (第五十条、第五十一条): presiding officer, ≥2 hearing officers, a clerk; the respondent's head attends."""

    application = models.ForeignKey(Application, verbose_name="行政复议案件", on_delete=models.CASCADE,
                                    related_name="hearings")
    held_on = models.DateField("听证日期")
    place = models.CharField("地点", max_length=100)
    presiding = models.CharField("主持人", max_length=50)
    officers = models.CharField("听证员", max_length=100)
    clerk = models.CharField("记录员", max_length=50)
    respondent_head_attended = models.BooleanField("被申请人负责人参加", default=False)
    respondent_attendee = models.CharField("被申请人参加人员", max_length=100, blank=True)
    note = models.CharField("备注", max_length=300, blank=True)

    org_field = "application__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = "听证"
        verbose_name_plural = "听证记录"
        ordering = ["held_on"]

    def __str__(self) -> str:
        return f"{self.held_on} 听证"


class Suspension(ScopedModel):
    """中止 (第三十九条) stops the decision clock; resumption restarts it."""

    class Ground(models.TextChoices):
        DEATH = "death", "申请人死亡，近亲属尚未确定是否参加（第一项）"
        INCAPACITY = "incapacity", "申请人丧失行为能力，尚未确定法定代理人（第二项）"
        MISSING = "missing", "申请人下落不明（第三项）"
        ORG_ENDED = "org_ended", "法人或其他组织终止，尚未确定承受人（第四项）"
        FORCE_MAJEURE = "force_majeure", "因不可抗力或其他正当理由不能参加（第五项）"
        MEDIATION = "mediation", "调解、和解，双方同意中止（第六项）"
        INTERPRETATION = "interpretation", "法律适用问题需有权机关解释或确认（第七项）"
        OTHER_CASE = "other_case", "需以其他案件审理结果为依据（第八项）"
        NORMATIVE_REVIEW = "normative_review", "规范性文件附带审查（第九项）"
        OTHER = "other", "其他需要中止的情形（第十项）"

    application = models.ForeignKey(Application, verbose_name="行政复议案件", on_delete=models.CASCADE,
                                    related_name="suspensions")
    ground = models.CharField("中止事由", max_length=30, choices=Ground.choices)
    suspended_on = models.DateField("中止日期")
    resumed_on = models.DateField("恢复审理日期", null=True, blank=True)

    org_field = "application__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = "中止"
        verbose_name_plural = "中止与恢复"
        ordering = ["suspended_on"]

    def __str__(self) -> str:
        return f"{self.suspended_on} 中止"


class OpinionLetter(ScopedModel):
    """A 行政复议意见书 (第七十六条: the organ reports its correction within sixty days of receipt) or 建议书 the
    复议机构 issued to the respondent or another lower organ while handling cases."""

    class Kind(models.TextChoices):
        OPINION = "opinion", "行政复议意见书"
        SUGGESTION = "suggestion", "行政复议建议书"

    unit = models.ForeignKey(OrgUnit, verbose_name="制发机关", on_delete=models.PROTECT, related_name="opinion_letters")
    application = models.ForeignKey(Application, verbose_name="所涉行政复议案件", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="letters")
    kind = models.CharField("文书类别", max_length=12, choices=Kind.choices)
    number = models.CharField("文号", max_length=50)
    addressee = models.ForeignKey(OrgUnit, verbose_name="主送机关", on_delete=models.PROTECT, related_name="+")
    issued_on = models.DateField("制发日期")
    received_on = models.DateField("主送机关收到日期")
    stated_due = models.DateField("建议书载明的反馈期限", null=True, blank=True)
    problem = models.CharField("发现的违法或者不当行为、问题", max_length=500)
    report_due = models.DateField("报送纠正情况期限", null=True, blank=True, editable=False)
    reported_on = models.DateField("报送纠正情况日期", null=True, blank=True, editable=False)
    correction = models.CharField("纠正情况", max_length=500, blank=True, editable=False)

    org_field = "unit"
    scope_roles = SCOPE_ROLES

    date_order = (("issued_on", "received_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "行政复议意见书、建议书"
        constraints = [models.UniqueConstraint(fields=["unit", "number"], name="reconsideration_letter_number")]
        indexes = [
            models.Index(fields=["issued_on", "id"], name="reconsideration_letter_list"),
            models.Index(fields=["report_due", "reported_on"], name="reconsideration_letter_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}{self.number}"

    def clean(self) -> None:
        if self.kind == self.Kind.SUGGESTION and not self.stated_due:
            raise ValidationError({"stated_due": "行政复议建议书请填写载明的反馈期限。"})


class IncidentalReview(ScopedModel):
    """附带审查 of a normative document or other basis of the act under review: asked for by the applicant (第十三条,
    第五十六条) or found by the organ itself (第五十七条). Within its power the organ handles it in thirty days, the
    drafter told within three working days of the suspension and answering within ten (第五十八条), and the clause is
    found lawful or stopped and sent back for correction (第五十九条); otherwise it is transferred within seven working
    days to the competent organ, which answers within sixty days (第六十条)."""

    class Origin(models.TextChoices):
        APPLICANT = "applicant", "申请人一并提出附带审查申请（第五十六条）"
        ORGAN = "organ", "审查中认为依据不合法（第五十七条）"

    class Outcome(models.TextChoices):
        LAWFUL = "lawful", "相关条款合法，在行政复议决定书中一并告知"
        STOPPED = "stopped", "停止该条款的执行，责令制定机关予以纠正"

    application = models.ForeignKey(Application, verbose_name="行政复议案件", on_delete=models.CASCADE,
                                    related_name="incidental_reviews")
    origin = models.CharField("提起方式", max_length=10, choices=Origin.choices)
    document = models.CharField("规范性文件或者依据（及条款）", max_length=200)
    drafter = models.CharField("制定机关", max_length=100)
    raised_on = models.DateField("收到附带审查申请（发现）日期")
    competent = models.BooleanField("本机关有权处理", default=True)
    handle_due = models.DateField("依法处理期限", null=True, blank=True, editable=False)
    transfer_due = models.DateField("转送期限", null=True, blank=True, editable=False)
    suspended_on = models.DateField("行政复议中止日期", null=True, blank=True, editable=False)
    notice_due = models.DateField("书面通知制定机关期限", null=True, blank=True, editable=False)
    noticed_on = models.DateField("书面通知制定机关日期", null=True, blank=True, editable=False)
    drafter_reply_due = models.DateField("制定机关书面答复期限", null=True, blank=True, editable=False)
    drafter_replied_on = models.DateField("制定机关书面答复日期", null=True, blank=True, editable=False)
    concluded_on = models.DateField("处理日期", null=True, blank=True, editable=False)
    outcome = models.CharField("处理结果", max_length=10, choices=Outcome.choices, blank=True, editable=False)
    transferred_on = models.DateField("转送日期", null=True, blank=True, editable=False)
    transferred_to = models.CharField("接受转送的机关", max_length=100, blank=True, editable=False)
    transfer_reply_due = models.DateField("接受转送机关回复期限", null=True, blank=True, editable=False)
    transfer_replied_on = models.DateField("收到处理意见日期", null=True, blank=True, editable=False)
    opinion = models.CharField("处理意见", max_length=300, blank=True, editable=False)

    org_field = "application__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = verbose_name_plural = "行政复议附带审查"
        indexes = [
            models.Index(fields=["raised_on", "id"], name="reconsideration_incid_list"),
            models.Index(fields=["handle_due", "concluded_on"], name="reconsideration_incid_due_ix"),
            models.Index(fields=["transfer_due", "transferred_on"], name="reconsideration_incid_tr_ix"),
            models.Index(fields=["notice_due", "noticed_on"], name="reconsideration_incid_nt_ix"),
            models.Index(fields=["drafter_reply_due", "drafter_replied_on"], name="reconsideration_incid_dr_ix"),
            models.Index(fields=["transfer_reply_due", "transfer_replied_on"], name="reconsideration_incid_trr_ix"),
        ]

    def __str__(self) -> str:
        return f"附带审查：{self.document}"
