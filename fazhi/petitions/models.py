"""信访事项: a matter a petitioner brings to a unit (by letter, visit, online or phone), or that a 信访部门 or a higher
unit transfers or assigns to it — registered, the petitioner told in writing, accepted and concluded with a 信访处理
意见书 within the 条例's periods, extended at most once by 30 days, referred to 人民调解 where the dispute suits it,
and followed by the petitioner's 复查 and 复核 requests (《信访工作条例》第二十三条、第三十一条至第三十六条)."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import CLERK_REGISTER
from fazhi.core.validators import validate_citizen_id, validate_phone

ROLES = CLERK_REGISTER


class Petition(ScopedModel):
    class Channel(models.TextChoices):
        LETTER = "letter", "来信"
        VISIT = "visit", "来访"
        ONLINE = "online", "网上信访"
        PHONE = "phone", "来电"

    class Origin(models.TextChoices):
        DIRECT = "direct", "信访人直接提出"
        TRANSFERRED = "transferred", "信访部门转送"
        ASSIGNED = "assigned", "上级机关交办"

    class Category(models.TextChoices):  # 第二十九条至第三十一条
        SUGGESTION = "suggestion", "建议意见类"
        ACCUSATION = "accusation", "检举控告类"
        CLAIM = "claim", "申诉求决类"

    class Route(models.TextChoices):  # 第三十一条: how a 申诉求决类 matter is handled
        LAW = "law", "（一）导入诉讼、复议、法律监督等法定程序"
        ARBITRATION = "arbitration", "（二）导入仲裁程序"
        PARTY = "party", "（三）导入党员申诉、申请复审等程序"
        ADMINISTRATIVE = "administrative", "（四）导入行政复议、行政裁决、行政许可等行政程序"
        DUTY = "duty", "（五）依法履行职责或者答复"
        OPINION = "opinion", "（六）调查核实，出具信访处理意见书"

    class Opinion(models.TextChoices):  # 第三十二条
        SUPPORT = "support", "予以支持"
        EXPLAIN = "explain", "作出解释说明"
        REJECT = "reject", "不予支持"

    unit = models.ForeignKey(OrgUnit, verbose_name="办理单位", on_delete=models.PROTECT, related_name="petitions")
    received_on = models.DateField("收到日期")
    channel = models.CharField("信访形式", max_length=8, choices=Channel.choices)
    origin = models.CharField("来源", max_length=12, choices=Origin.choices, default=Origin.DIRECT)
    category = models.CharField("信访事项类别", max_length=12, choices=Category.choices)
    route = models.CharField("办理方式（第三十一条）", max_length=16, choices=Route.choices, blank=True,
                             help_text="申诉求决类填写；第六项出具信访处理意见书的，适用60日办结期限")
    petitioner = models.CharField("信访人", max_length=100)
    petitioner_id_number = models.CharField("信访人公民身份号码", max_length=18, blank=True,
                                            validators=[validate_citizen_id])
    petitioner_phone = models.CharField("联系电话", max_length=20, blank=True, validators=[validate_phone])
    address_known = models.BooleanField("姓名、住址清楚", default=True,
                                        help_text="姓名（名称）、住址不清的，不适用15日书面告知（第二十三条第二款）")
    subject = models.CharField("反映问题", max_length=300)
    request = models.TextField("诉求", max_length=2000, blank=True)
    notice_due = models.DateField("书面告知期限", null=True, blank=True, editable=False)
    notified_on = models.DateField("书面告知日期", null=True, blank=True, editable=False)
    objection_due = models.DateField("提出异议期限", null=True, blank=True, editable=False)
    objected_on = models.DateField("提出异议日期", null=True, blank=True, editable=False)
    accepted_on = models.DateField("受理日期", null=True, blank=True, editable=False)
    conclude_due = models.DateField("办结期限", null=True, blank=True, editable=False)
    extended = models.BooleanField("已延长办理期限", default=False, editable=False)
    extension_reason = models.CharField("延期理由", max_length=300, blank=True, editable=False)
    concluded_on = models.DateField("办结日期", null=True, blank=True, editable=False)
    opinion = models.CharField("处理意见", max_length=10, choices=Opinion.choices, blank=True, editable=False)
    reply_served_on = models.DateField("书面答复送达日期", null=True, blank=True, editable=False)
    dispute = models.ForeignKey("mediation.Dispute", verbose_name="导入的人民调解案件", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="petitions", editable=False)
    review_requested_on = models.DateField("复查请求收到日期", null=True, blank=True, editable=False)
    review_due = models.DateField("复查期限", null=True, blank=True, editable=False)
    reviewed_on = models.DateField("复查意见日期", null=True, blank=True, editable=False)
    review_result = models.CharField("复查意见", max_length=10, choices=Opinion.choices, blank=True, editable=False)
    recheck_requested_on = models.DateField("复核请求收到日期", null=True, blank=True, editable=False)
    recheck_hearing_days = models.PositiveSmallIntegerField("复核听证所用天数", default=0, editable=False)
    recheck_due = models.DateField("复核期限", null=True, blank=True, editable=False)
    rechecked_on = models.DateField("复核意见日期", null=True, blank=True, editable=False)
    recheck_result = models.CharField("复核意见", max_length=10, choices=Opinion.choices, blank=True, editable=False)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "信访事项"
        indexes = [
            models.Index(fields=["received_on", "id"], name="petitions_list"),
            models.Index(fields=["notice_due", "notified_on"], name="petition_notice_due_ix"),
            models.Index(fields=["conclude_due", "concluded_on"], name="petition_conclude_due_ix"),
            models.Index(fields=["review_due", "reviewed_on"], name="petition_review_due_ix"),
            models.Index(fields=["recheck_due", "rechecked_on"], name="petition_recheck_due_ix"),
            models.Index(fields=["objection_due", "objected_on"], name="petition_objection_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.petitioner}反映{self.subject[:30]}"

    @property
    def has_opinion_period(self) -> bool:
        """第三十四条 applies to a 申诉求决类 matter handled under 第三十一条第六项."""
        return self.category == self.Category.CLAIM and self.route == self.Route.OPINION

    def clean(self) -> None:
        if self.category == self.Category.CLAIM and not self.route:
            raise ValidationError({"route": "申诉求决类信访事项请选择办理方式（《信访工作条例》第三十一条）。"})
        if self.category != self.Category.CLAIM and self.route:
            raise ValidationError({"route": "办理方式只适用于申诉求决类信访事项（第三十一条）。"})
