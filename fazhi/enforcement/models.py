"""行政执法: agencies, officers and certificates, enforcement matters, cases under the 三项制度, case-file reviews."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, PartyType, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import (
    check_party_identifiers,
    validate_citizen_id,
    validate_non_negative,
    validate_uscc,
)

STAFF = {Role.ENFORCEMENT_STAFF}
SCOPE_ROLES = {"view": STAFF | {Role.LEGAL_ADVISER}, "add": STAFF, "change": STAFF, "delete": STAFF}
OFFICE_MANAGED = {"view": STAFF | {Role.LEGAL_ADVISER}, "add": STAFF | {Role.RULE_OF_LAW_OFFICE},
                  "change": STAFF | {Role.RULE_OF_LAW_OFFICE}, "delete": {Role.RULE_OF_LAW_OFFICE}}


class Field(models.TextChoices):
    MARKET = "market", "市场监管"
    RESOURCES = "resources", "自然资源"
    ENVIRONMENT = "environment", "生态环境"
    TRANSPORT = "transport", "交通运输"
    AGRICULTURE = "agriculture", "农业农村"
    CITY = "city", "城市管理"
    COMPREHENSIVE = "comprehensive", "乡镇综合行政执法"
    PUBLIC_SECURITY = "public_security", "公安"
    HEALTH = "health", "卫生健康"
    EMERGENCY = "emergency", "应急管理"
    CULTURE = "culture", "文化旅游"
    WATER = "water", "水利"
    FORESTRY = "forestry", "林业草原"
    HOUSING = "housing", "住房城乡建设"
    HR = "hr", "人力资源社会保障"
    OTHER = "other", "其他"


class Agency(ScopedModel):
    """执法主体: a body that enforces in its own name (法定 or 授权) or on another's behalf (受委托)."""

    class Status(models.TextChoices):
        STATUTORY = "statutory", "法定行政机关"
        AUTHORISED = "authorised", "法律法规授权组织"
        ENTRUSTED = "entrusted", "受委托组织"

    unit = models.OneToOneField(OrgUnit, verbose_name="单位", on_delete=models.PROTECT, related_name="agency")
    status = models.CharField("主体性质", max_length=20, choices=Status.choices, default=Status.STATUTORY)
    fields_text = models.CharField("执法领域", max_length=200)
    main_field = models.CharField("主要执法领域", max_length=20, choices=Field.choices)
    legal_basis = models.CharField("设立或授权依据", max_length=300)
    entrusting_body = models.CharField("委托机关", max_length=100, blank=True, help_text="受委托组织填写")
    published = models.BooleanField("已公示", default=True)

    org_field = "unit"
    scope_roles = OFFICE_MANAGED
    import_lookups = ["unit__name"]
    public_filter = {"published": True}  # 执法主体 are published (国办发〔2018〕118号 公示)

    class Meta:
        verbose_name = "行政执法主体"
        verbose_name_plural = "行政执法主体"
        ordering = ["unit__path"]

    def __str__(self) -> str:
        return self.unit.name


class Officer(ScopedModel):
    """执法人员. Only officers with a valid certificate may handle a case (行政处罚法第四十二条)."""

    agency = models.ForeignKey(Agency, verbose_name="执法主体", on_delete=models.PROTECT, related_name="officers")
    name = models.CharField("姓名", max_length=50)
    id_number = models.CharField("公民身份号码", max_length=18, validators=[validate_citizen_id])
    post = models.CharField("职务", max_length=50, blank=True)
    is_legal_reviewer = models.BooleanField("法制审核人员", default=False)
    has_legal_qualification = models.BooleanField("具有法律职业资格", default=False)
    is_active = models.BooleanField("在岗", default=True)

    org_field = "agency__unit"
    scope_roles = OFFICE_MANAGED

    class Meta:
        verbose_name = "执法人员"
        verbose_name_plural = "执法人员"
        constraints = [models.UniqueConstraint(fields=["agency", "id_number"], name="unique_officer_per_agency")]

    def __str__(self) -> str:
        return f"{self.name}（{self.agency}）"


class Certificate(ScopedModel):
    """行政执法证件: valid / suspended / revoked; warned 60 days before expiry."""

    class Status(models.TextChoices):
        VALID = "valid", "有效"
        SUSPENDED = "suspended", "暂扣"
        REVOKED = "revoked", "注销/吊销"
        RENEWED = "renewed", "已到期换发"

    officer = models.ForeignKey(Officer, verbose_name="执法人员", on_delete=models.CASCADE, related_name="certificates")
    number = models.CharField("证件编号", max_length=30, unique=True)
    field = models.CharField("执法领域", max_length=20, choices=Field.choices)
    issued_on = models.DateField("发证日期")
    expires_on = models.DateField("有效期至")
    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.VALID)
    revoked_on = models.DateField("注销/吊销日期", null=True, blank=True)
    revoke_reason = models.CharField("注销/吊销原因", max_length=200, blank=True)

    org_field = "officer__agency__unit"
    scope_roles = OFFICE_MANAGED

    date_order = (("issued_on", "expires_on"),)

    class Meta:
        verbose_name = "执法证件"
        verbose_name_plural = "执法证件"
        indexes = [
            models.Index(fields=["expires_on", "id"], name="enforcemen_certificate_list"),
            models.Index(fields=["status", "expires_on"]),
            models.Index(fields=["issued_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.officer.name}"


class Training(ScopedModel):
    """执法培训 or 考试 of an agency's officers, with hours and attendance."""

    class Kind(models.TextChoices):
        TRAINING = "training", "培训"
        EXAM = "exam", "资格考试"

    agency = models.ForeignKey(Agency, verbose_name="执法主体", on_delete=models.PROTECT, related_name="trainings")
    kind = models.CharField("类别", max_length=10, choices=Kind.choices, default=Kind.TRAINING)
    held_on = models.DateField("日期")
    topic = models.CharField("主题", max_length=200)
    hours = models.DecimalField("学时", max_digits=5, decimal_places=1, validators=[validate_non_negative])
    attendance = models.PositiveIntegerField("参加人次")
    passed = models.PositiveIntegerField("考试合格人数", null=True, blank=True)

    org_field = "agency__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = "执法培训与考试"
        verbose_name_plural = "执法培训与考试"
        indexes = [models.Index(fields=["held_on"])]

    def __str__(self) -> str:
        return f"{self.held_on} {self.topic}"


class Matter(ScopedModel):
    """执法事项清单 entry."""

    class Kind(models.TextChoices):
        PENALTY = "penalty", "行政处罚"
        COERCION = "coercion", "行政强制"
        INSPECTION = "inspection", "行政检查"
        LICENSING = "licensing", "行政许可"
        LEVY = "levy", "行政征收"
        CONFIRMATION = "confirmation", "行政确认"
        OTHER = "other", "其他"

    agency = models.ForeignKey(Agency, verbose_name="执法主体", on_delete=models.PROTECT, related_name="matters")
    code = models.CharField("事项编码", max_length=40, blank=True)
    name = models.CharField("事项名称", max_length=200)
    kind = models.CharField("事项类别", max_length=20, choices=Kind.choices)
    legal_basis = models.TextField("设定依据")
    delegated_to_township = models.BooleanField("下放乡镇（街道）", default=False)
    needs_legal_review = models.BooleanField("列入重大执法决定法制审核目录", default=False)

    org_field = "agency__unit"
    scope_roles = OFFICE_MANAGED

    class Meta:
        verbose_name = "执法事项"
        verbose_name_plural = "执法事项清单"

    def __str__(self) -> str:
        return self.name


class Case(ScopedModel):
    """An enforcement case from 立案 to 结案, with legal review, publicity and the full-process record."""

    class Procedure(models.TextChoices):
        SIMPLE = "simple", "简易程序"
        ORDINARY = "ordinary", "普通程序"

    class Status(models.TextChoices):
        FILED = "filed", "已立案调查中"
        NOTIFIED = "notified", "已告知"
        REVIEWING = "reviewing", "法制审核中"
        DECIDED = "decided", "已作出决定"
        CLOSED = "closed", "已结案"

    class DecisionType(models.TextChoices):
        WARNING = "warning", "警告/通报批评"
        FINE = "fine", "罚款"
        CONFISCATION = "confiscation", "没收违法所得、没收非法财物"
        LICENCE = "licence", "暂扣/吊销许可证件、降低资质等级"
        RESTRICTION = "restriction", "限制开展生产经营活动、责令停产停业、责令关闭、限制从业"
        DETENTION = "detention", "行政拘留"
        NO_PENALTY = "no_penalty", "不予行政处罚"
        LICENSING = "licensing", "行政许可决定"
        COERCION = "coercion", "行政强制决定"
        OTHER = "other", "其他执法决定"

    class Change(models.TextChoices):
        CHANGED = "changed", "依法变更"
        REVOKED = "revoked", "依法撤销"
        ILLEGAL = "illegal", "确认违法"
        VOID = "void", "确认无效"

    class MajorReason(models.TextChoices):
        NONE = "", "—"
        PUBLIC_INTEREST = "public_interest", "涉及重大公共利益（第五十八条第一款第一项）"
        RIGHTS_AFTER_HEARING = "rights_after_hearing", "直接关系重大权益，经过听证程序（第二项）"
        COMPLEX = "complex", "案件情况疑难复杂、涉及多个法律关系（第三项）"
        BY_LAW = "by_law", "法律、法规规定应当进行法制审核（第四项）"
        CATALOGUE = "catalogue", "列入本机关重大执法决定法制审核目录清单"

    class ReviewOpinion(models.TextChoices):
        NONE = "", "—"
        PASSED = "passed", "同意（审核通过）"
        RETURNED = "returned", "存在问题，退回补正"

    # served by the (agency, filed_on) index and the unique (agency, number): no single-column index to maintain
    agency = models.ForeignKey(Agency, verbose_name="执法主体", on_delete=models.PROTECT, related_name="cases",
                               db_index=False)
    matter = models.ForeignKey(Matter, verbose_name="执法事项", null=True, blank=True, on_delete=models.PROTECT)
    number = models.CharField("案件编号", max_length=60)
    procedure = models.CharField("程序", max_length=10, choices=Procedure.choices)
    party_type = models.CharField("当事人类型", max_length=20, choices=PartyType.choices)
    party_name = models.CharField("当事人", max_length=100)
    party_id_number = models.CharField("当事人公民身份号码", max_length=18, blank=True,
                                       validators=[validate_citizen_id])
    party_uscc = models.CharField("当事人统一社会信用代码", max_length=18, blank=True, validators=[validate_uscc])
    facts = models.CharField("违法事实/案由", max_length=300)
    offence_on = models.DateField("违法行为发生（终了）日期", null=True, blank=True,
                                  help_text="有连续或者继续状态的，填写行为终了之日（行政处罚法第三十六条第二款）")
    health_or_finance = models.BooleanField("涉及公民生命健康安全、金融安全且有危害后果", default=False, db_default=False,
                                            help_text="追责期限为五年（第三十六条第一款）")
    filed_on = models.DateField("立案日期")
    handlers = models.ManyToManyField(Officer, verbose_name="承办执法人员", related_name="cases", blank=True)
    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.FILED, editable=False)
    decision_due = models.DateField("办案期限", null=True, blank=True, editable=False)
    extended = models.BooleanField("经批准延长办案期限", default=False, editable=False)
    extension_note = models.CharField("延期批准情况", max_length=200, blank=True, editable=False)
    notified_on = models.DateField("告知日期", null=True, blank=True, editable=False)
    hearing_right_notified = models.BooleanField("已告知听证权利", default=False, editable=False)
    hearing_requested = models.BooleanField("当事人要求听证", default=False, editable=False)
    hearing_noticed_on = models.DateField("听证通知日期", null=True, blank=True, editable=False)
    hearing_held_on = models.DateField("听证日期", null=True, blank=True, editable=False)
    is_major = models.BooleanField("重大执法决定", default=False, editable=False)
    major_reason = models.CharField("需法制审核情形", max_length=30, choices=MajorReason.choices, blank=True,
                                    editable=False)
    reviewer = models.ForeignKey(Officer, verbose_name="法制审核人员", null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="reviews", editable=False)
    review_opinion = models.CharField("法制审核意见", max_length=20, choices=ReviewOpinion.choices, blank=True,
                                      editable=False)
    reviewed_on = models.DateField("法制审核日期", null=True, blank=True, editable=False)
    decision_type = models.CharField("决定类型", max_length=20, choices=DecisionType.choices, blank=True,
                                     editable=False)
    fine_amount = models.DecimalField("罚款金额（元）", max_digits=14, decimal_places=2, null=True, blank=True,
                                      editable=False, validators=[validate_non_negative])
    confiscation_amount = models.DecimalField("没收金额（元）", max_digits=14, decimal_places=2, null=True, blank=True,
                                              editable=False, validators=[validate_non_negative])
    decided_on = models.DateField("决定日期", null=True, blank=True, editable=False)
    decision_number = models.CharField("决定书文号", max_length=60, blank=True, editable=False)
    service_due = models.DateField("送达期限（当事人不在场）", null=True, blank=True, editable=False)
    served_on = models.DateField("送达日期", null=True, blank=True, editable=False)
    payment_due = models.DateField("缴纳罚款期限", null=True, blank=True, editable=False)
    paid_on = models.DateField("缴纳罚款日期", null=True, blank=True, editable=False)
    late_charge = models.DecimalField("加处罚款（元）", max_digits=14, decimal_places=2, null=True, blank=True,
                                      editable=False)
    publicity_due = models.DateField("公示期限", null=True, blank=True, editable=False)
    published_on = models.DateField("公示日期", null=True, blank=True, editable=False)
    publicity_url = models.URLField("公示网址", blank=True, editable=False)
    changed_on = models.DateField("决定被变更、撤销或确认违法、无效的日期", null=True, blank=True, editable=False)
    change_kind = models.CharField("变更、撤销情形", max_length=12, choices=Change.choices, blank=True, editable=False)
    change_reason = models.CharField("变更、撤销的机关与理由", max_length=300, blank=True, editable=False)
    withdrawal_due = models.DateField("撤回公开信息期限", null=True, blank=True, editable=False)
    withdrawn_on = models.DateField("撤回公开信息日期", null=True, blank=True, editable=False)
    withdrawal_statement = models.CharField("公开说明的理由", max_length=300, blank=True, editable=False)
    executed_on = models.DateField("执行完毕日期", null=True, blank=True, editable=False)
    closed_on = models.DateField("结案日期", null=True, blank=True, editable=False)

    org_field = "agency__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = "执法案件"
        verbose_name_plural = "执法案件"
        indexes = [
            models.Index(fields=["filed_on", "id"], name="enforcemen_case_list"),
            models.Index(fields=["agency", "filed_on"]),
            models.Index(fields=["decided_on"]),
            models.Index(fields=["status", "decision_due"]),
            models.Index(fields=["publicity_due", "published_on"]),
            models.Index(fields=["decision_due", "decided_on"], name="case_decision_due_ix"),
            models.Index(fields=["service_due", "served_on"], name="case_service_due_ix"),
            models.Index(fields=["payment_due", "paid_on"], name="case_payment_due_ix"),
            models.Index(fields=["withdrawal_due", "withdrawn_on"], name="case_withdrawal_due_ix"),
        ]
        constraints = [models.UniqueConstraint(fields=["agency", "number"], name="unique_case_number_per_agency")]

    def __str__(self) -> str:
        return f"{self.number} {self.party_name}"

    def clean(self) -> None:
        check_party_identifiers(self.party_type, self.party_id_number, self.party_uscc, "party_id_number", "party_uscc")


class Preservation(ScopedModel):
    """先行登记保存 of evidence that may be lost (第五十六条): approved by the agency's head, and a decision on it
    within seven working days (第八十五条), during which no one may destroy or move it."""

    class Outcome(models.TextChoices):
        RELEASED = "released", "解除先行登记保存，退还当事人"
        SEIZED = "seized", "依法采取查封、扣押等行政强制措施"
        CONFISCATED = "confiscated", "依法予以没收"
        TESTED = "tested", "送交检验、检测、鉴定"
        TRANSFERRED = "transferred", "移送有关机关处理"

    case = models.ForeignKey(Case, verbose_name="执法案件", on_delete=models.CASCADE, related_name="preservations")
    saved_on = models.DateField("先行登记保存日期")
    approved_by = models.CharField("批准的行政机关负责人", max_length=50)
    items = models.CharField("登记保存的证据（物品清单）", max_length=500)
    place = models.CharField("保存地点", max_length=200, blank=True)
    decision_due = models.DateField("处理决定期限", null=True, blank=True, editable=False)
    decided_on = models.DateField("作出处理决定日期", null=True, blank=True, editable=False)
    outcome = models.CharField("处理决定", max_length=12, choices=Outcome.choices, blank=True, editable=False)

    org_field = "case__agency__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = "先行登记保存"
        verbose_name_plural = "先行登记保存"
        indexes = [
            models.Index(fields=["saved_on", "id"], name="enforcemen_preservation_list"),
            models.Index(fields=["decision_due", "decided_on"], name="preservation_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.case.number} {self.saved_on} 先行登记保存"


class ReviewCampaign(ScopedModel):
    """案卷评查 campaign: a year's review of sampled case files against a rubric, by reviewers."""

    class Sampling(models.TextChoices):
        RANDOM = "random", "每个执法主体随机抽取"
        CROSS = "cross", "执法主体之间交叉评查"

    unit = models.ForeignKey(OrgUnit, verbose_name="组织单位", on_delete=models.PROTECT, related_name="review_campaigns")
    year = models.PositiveSmallIntegerField("评查年度")
    name = models.CharField("名称", max_length=100)
    sampling = models.CharField("抽取方式", max_length=10, choices=Sampling.choices, default=Sampling.RANDOM)
    files_per_agency = models.PositiveSmallIntegerField("每个主体抽取案卷数", default=3)
    reviewers = models.CharField("评查人员", max_length=300)
    started_on = models.DateField("开始日期")
    rectification_days = models.PositiveSmallIntegerField("整改期限（日）", default=30)
    rubric = models.JSONField("评查标准", default=list, blank=True,
                              help_text="[{code, text, kind: veto|deduction, points, part: form|substance}]")

    org_field = "unit"
    scope_roles = {"view": STAFF, "add": {Role.RULE_OF_LAW_OFFICE}, "change": {Role.RULE_OF_LAW_OFFICE},
                   "delete": {Role.RULE_OF_LAW_OFFICE}}

    class Meta:
        verbose_name = "案卷评查活动"
        verbose_name_plural = "案卷评查活动"
        indexes = [models.Index(fields=["year", "id"], name="enforcemen_reviewcampaign_list")]

    def __str__(self) -> str:
        return self.name


class FileReview(ScopedModel):
    """One case file scored in a campaign, and the rectification notice sent to its agency."""

    class Grade(models.TextChoices):
        EXCELLENT = "excellent", "优秀"
        PASS = "pass", "合格"
        FAIL = "fail", "不合格"

    campaign = models.ForeignKey(ReviewCampaign, verbose_name="评查活动", on_delete=models.CASCADE,
                                 related_name="reviews")
    case = models.ForeignKey(Case, verbose_name="案卷", on_delete=models.PROTECT, related_name="file_reviews")
    reviewer = models.CharField("评查人", max_length=50, blank=True)
    scored_on = models.DateField("评查日期", null=True, blank=True, editable=False)
    veto_items = models.JSONField("否决项", default=list, blank=True, editable=False)
    deductions = models.JSONField("扣分项", default=list, blank=True, editable=False)
    form_score = models.DecimalField("形式分", max_digits=5, decimal_places=1, null=True, blank=True, editable=False)
    substance_score = models.DecimalField("实体分", max_digits=5, decimal_places=1, null=True, blank=True,
                                          editable=False)
    total = models.DecimalField("总分", max_digits=5, decimal_places=1, null=True, blank=True, editable=False)
    grade = models.CharField("等次", max_length=10, choices=Grade.choices, blank=True, editable=False)
    findings = models.TextField("评查发现的问题", blank=True, editable=False)
    notice_due = models.DateField("整改期限", null=True, blank=True, editable=False)
    response = models.TextField("整改情况", blank=True, editable=False)
    responded_on = models.DateField("整改反馈日期", null=True, blank=True, editable=False)

    org_field = "case__agency__unit"  # the agency sees its own files' results and notices
    scope_roles = {"view": STAFF, "add": {Role.RULE_OF_LAW_OFFICE}, "change": {Role.RULE_OF_LAW_OFFICE},
                   "delete": {Role.RULE_OF_LAW_OFFICE}}

    class Meta:
        verbose_name = "案卷评查"
        verbose_name_plural = "案卷评查结果"
        constraints = [models.UniqueConstraint(fields=["campaign", "case"], name="unique_file_per_campaign")]
        indexes = [
            models.Index(fields=["notice_due", "responded_on"], name="filereview_notice_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.campaign} · {self.case.number}"


class Inspection(ScopedModel):
    """执法检查、巡查 (including 双随机 spot checks) carried out by an agency."""

    class Kind(models.TextChoices):
        RANDOM = "random", "“双随机、一公开”抽查"
        ROUTINE = "routine", "日常检查、巡查"
        SPECIAL = "special", "专项检查"

    agency = models.ForeignKey(Agency, verbose_name="执法主体", on_delete=models.PROTECT, related_name="inspections")
    kind = models.CharField("类别", max_length=10, choices=Kind.choices)
    held_on = models.DateField("检查日期")
    subject = models.CharField("检查对象/事项", max_length=200)
    problems_found = models.PositiveIntegerField("发现问题数", default=0)
    problems_rectified = models.PositiveIntegerField("已整改问题数", default=0, db_default=0)

    org_field = "agency__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = "执法检查"
        verbose_name_plural = "执法检查、巡查"
        indexes = [models.Index(fields=["held_on"])]

    def __str__(self) -> str:
        return f"{self.held_on} {self.subject}"

    def clean(self) -> None:
        if self.problems_rectified > self.problems_found:
            raise ValidationError({"problems_rectified": "已整改问题数不能超过发现问题数。"})


class Supervisor(ScopedModel):
    """特邀行政执法监督员, appointed by the government for a term."""

    unit = models.ForeignKey(OrgUnit, verbose_name="聘任单位", on_delete=models.PROTECT, related_name="supervisors")
    name = models.CharField("姓名", max_length=50)
    affiliation = models.CharField("身份/工作单位", max_length=100, help_text="人大代表、政协委员、律师、群众代表等")
    appointed_on = models.DateField("聘任日期")
    term_ends_on = models.DateField("聘期届满")

    org_field = "unit"
    scope_roles = {"view": STAFF, "add": {Role.RULE_OF_LAW_OFFICE}, "change": {Role.RULE_OF_LAW_OFFICE},
                   "delete": {Role.RULE_OF_LAW_OFFICE}}

    date_order = (("appointed_on", "term_ends_on"),)

    class Meta:
        verbose_name = "特邀行政执法监督员"
        verbose_name_plural = "特邀行政执法监督员"

    def __str__(self) -> str:
        return self.name
