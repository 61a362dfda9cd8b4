"""The oversight a government accepts: 人大代表建议、政协委员提案 assigned to its units (交办 → 面商/面复 → 书面答复
→ the proposer's satisfaction; 不满意 → 重新办理), and 检察建议、司法建议 its units receive (the reply and what was
corrected)."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import CLERK_REGISTER

ROLES = CLERK_REGISTER


class Suggestion(ScopedModel):
    """A 人大代表建议 or 政协委员提案 assigned (交办) to a unit to handle and answer."""

    class Kind(models.TextChoices):
        NPC = "npc", "人大代表建议"
        CPPCC = "cppcc", "政协委员提案"

    class Result(models.TextChoices):  # the usual A/B/C/D of the 答复 (所提问题的解决程度)
        SOLVED = "a", "A 已经解决或基本解决"
        SOLVING = "b", "B 正在解决或列入计划逐步解决"
        LATER = "c", "C 因条件限制需以后解决"
        REFERENCE = "d", "D 留作参考"

    class Satisfaction(models.TextChoices):
        SATISFIED = "satisfied", "满意"
        BASICALLY = "basically", "基本满意"
        DISSATISFIED = "dissatisfied", "不满意"

    unit = models.ForeignKey(OrgUnit, verbose_name="承办单位", on_delete=models.PROTECT, related_name="suggestions")
    kind = models.CharField("类别", max_length=6, choices=Kind.choices)
    number = models.CharField("建议（提案）编号", max_length=40)
    session = models.CharField("会议", max_length=100, help_text="如“县第十八届人民代表大会第五次会议”")
    proposer = models.CharField("领衔代表（提案者）", max_length=100)
    title = models.CharField("案由", max_length=200)
    lead = models.BooleanField("主办（否则为协办）", default=True)
    assigned_on = models.DateField("交办日期")
    complex = models.BooleanField("涉及面广、处理难度大", default=False,
                                  help_text="经同意，答复期限自交办之日起六个月")
    reply_due = models.DateField("答复期限", null=True, blank=True, editable=False)
    met_on = models.DateField("面商（面复）日期", null=True, blank=True, editable=False)
    replied_on = models.DateField("书面答复日期", null=True, blank=True, editable=False)
    result = models.CharField("办理结果", max_length=2, choices=Result.choices, blank=True, editable=False)
    satisfaction = models.CharField("代表（委员）意见", max_length=14, choices=Satisfaction.choices, blank=True,
                                    editable=False)
    redo_due = models.DateField("重新办理答复期限", null=True, blank=True, editable=False)
    redone_on = models.DateField("重新答复日期", null=True, blank=True, editable=False)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "人大代表建议和政协委员提案"
        constraints = [models.UniqueConstraint(fields=["kind", "session", "number", "unit"],
                                               name="oversight_suggestion_unique_number")]
        indexes = [
            models.Index(fields=["assigned_on", "id"], name="oversight_suggestion_list"),
            models.Index(fields=["reply_due", "replied_on"], name="suggestion_reply_due_ix"),
            models.Index(fields=["redo_due", "redone_on"], name="suggestion_redo_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}第{self.number}号：{self.title[:40]}"

    @property
    def rule_key(self) -> str:
        return "oversight.npc_reply" if self.kind == self.Kind.NPC else "oversight.cppcc_reply"


class Recommendation(ScopedModel):
    """A 检察建议 or 司法建议 a unit received: the reply due, the reply and what was corrected."""

    class Kind(models.TextChoices):
        PUBLIC_INTEREST = "public_interest", "行政公益诉讼诉前检察建议"
        PROCURATORIAL = "procuratorial", "其他检察建议"
        JUDICIAL = "judicial", "司法建议"

    unit = models.ForeignKey(OrgUnit, verbose_name="收到单位", on_delete=models.PROTECT,
                             related_name="recommendations")
    kind = models.CharField("类别", max_length=16, choices=Kind.choices)
    issuer = models.CharField("提出机关", max_length=100, help_text="如“示范县人民检察院”")
    number = models.CharField("文书编号", max_length=60)
    received_on = models.DateField("收到日期")
    subject = models.CharField("建议事项", max_length=300)
    urgent = models.BooleanField("损害继续扩大等紧急情形", default=False,
                                 help_text="诉前检察建议载明紧急情形的，十五日内书面回复")
    stated_due = models.DateField("建议书载明的回复期限", null=True, blank=True,
                                  help_text="其他检察建议和司法建议按建议书载明的期限回复")
    reply_due = models.DateField("回复期限", null=True, blank=True, editable=False)
    replied_on = models.DateField("书面回复日期", null=True, blank=True, editable=False)
    adopted = models.BooleanField("采纳建议", default=False, editable=False)
    corrected = models.CharField("整改（纠正）情况", max_length=500, blank=True, editable=False)

    org_field = "unit"
    scope_roles = ROLES

    date_order = (("received_on", "stated_due"),)

    class Meta:
        verbose_name = verbose_name_plural = "检察建议和司法建议"
        constraints = [models.UniqueConstraint(fields=["issuer", "number"], name="oversight_recommendation_number")]
        indexes = [
            models.Index(fields=["received_on", "id"], name="oversight_recommendation_list"),
            models.Index(fields=["reply_due", "replied_on"], name="recommendation_reply_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.issuer}{self.number}"

    def clean(self) -> None:
        if self.kind != self.Kind.PUBLIC_INTEREST and not self.stated_due:
            raise ValidationError({"stated_due": "其他检察建议和司法建议请填写建议书载明的回复期限。"})
        if self.kind != self.Kind.PUBLIC_INTEREST and self.urgent:
            raise ValidationError({"urgent": "紧急情形的十五日回复期限只适用于行政公益诉讼诉前检察建议。"})
