"""学法述法与第一责任人: study sessions of the theory-study groups and before government meetings, legal exams before
appointment, constitutional oaths, year-end 述法 by unit heads, rule-of-law committee meetings, and each unit's list of
the first-responsible person's duties."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import refuse_duplicate, text_lines

ROLES = {
    "view": {Role.UNIT_CLERK, Role.DRAFTING_UNIT, Role.ENFORCEMENT_STAFF, Role.ADMIN},
    "add": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    "change": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    "delete": {Role.RULE_OF_LAW_OFFICE},
}
YEAR = [MinValueValidator(2000), MaxValueValidator(2100)]


class StudySession(ScopedModel):
    """A collective study of law: 党委（党组）理论学习中心组学法, 常务会议会前学法, or a lecture/training."""

    class Kind(models.TextChoices):
        CENTRE_GROUP = "centre_group", "党委（党组）理论学习中心组学法"
        PRE_MEETING = "pre_meeting", "政府常务会议会前学法"
        PARTY_MEETING = "party_meeting", "党委常委会会前学法"
        LECTURE = "lecture", "法治专题讲座"
        TRAINING = "training", "法治专题培训班"

    GROUP_KINDS = (Kind.CENTRE_GROUP, Kind.PRE_MEETING, Kind.PARTY_MEETING)

    unit = models.ForeignKey(OrgUnit, verbose_name="单位", on_delete=models.PROTECT, related_name="study_sessions")
    held_on = models.DateField("日期")
    kind = models.CharField("形式", max_length=15, choices=Kind.choices)
    topic = models.CharField("学习主题", max_length=200)
    laws = models.CharField("学习的法律法规", max_length=300, blank=True)
    lecturer = models.CharField("主讲人", max_length=100, blank=True)
    attendance = models.PositiveIntegerField("参加人数")
    leaders_attending = models.PositiveIntegerField("其中领导干部", default=0)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "学法活动"
        indexes = [models.Index(fields=["held_on"])]

    def __str__(self) -> str:
        return f"{self.held_on} {self.topic}"

    def clean(self) -> None:
        if self.attendance is not None and self.leaders_attending > self.attendance:
            raise ValidationError({"leaders_attending": "领导干部人数不能多于参加人数。"})


class LegalExam(ScopedModel):
    """A leading cadre's legal knowledge exam before appointment (任前法律知识考试)."""

    unit = models.ForeignKey(OrgUnit, verbose_name="拟任职单位", on_delete=models.PROTECT, related_name="legal_exams")
    held_on = models.DateField("考试日期")
    candidate = models.CharField("姓名", max_length=50)
    position = models.CharField("拟任职务", max_length=100)
    score = models.DecimalField("成绩", max_digits=5, decimal_places=1,
                                validators=[MinValueValidator(0), MaxValueValidator(100)])
    passed = models.BooleanField("合格", default=False, editable=False)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "任前法律知识考试"
        indexes = [models.Index(fields=["held_on", "id"], name="study_legalexam_list")]

    def __str__(self) -> str:
        return f"{self.candidate}（{self.position}）"


class Oath(ScopedModel):
    """A constitutional oath ceremony (宪法宣誓) on taking office."""

    unit = models.ForeignKey(OrgUnit, verbose_name="组织单位", on_delete=models.PROTECT, related_name="oaths")
    held_on = models.DateField("宣誓日期")
    occasion = models.CharField("任命事由", max_length=200, help_text="如县人大常委会第X次会议任命")
    sworn = models.PositiveIntegerField("宣誓人数", validators=[MinValueValidator(1)])
    administered_by = models.CharField("监誓人", max_length=50)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "宪法宣誓"
        indexes = [models.Index(fields=["held_on", "id"], name="study_oath_list")]

    def __str__(self) -> str:
        return f"{self.held_on} {self.occasion}"


class LawReport(ScopedModel):
    """A unit head's year-end report on fulfilling the duty to advance the rule of law (述法), and its evaluation."""

    class Form(models.TextChoices):
        MEETING = "meeting", "会议现场述法"
        WRITTEN = "written", "书面述法"
        WITH_DUTY = "with_duty", "结合年终述职述法"

    class Rating(models.TextChoices):
        EXCELLENT = "excellent", "好"
        GOOD = "good", "较好"
        FAIR = "fair", "一般"
        POOR = "poor", "差"

    unit = models.ForeignKey(OrgUnit, verbose_name="述法单位", on_delete=models.PROTECT, related_name="law_reports")
    year = models.PositiveSmallIntegerField("述法年度", validators=YEAR)
    reporter = models.CharField("述法人", max_length=50)
    position = models.CharField("职务", max_length=100)
    form = models.CharField("述法方式", max_length=10, choices=Form.choices)
    reported_on = models.DateField("述法日期")
    rating = models.CharField("评议结果", max_length=10, choices=Rating.choices, blank=True)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "年终述法"
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="study_one_law_report_per_unit_year")]
        indexes = [models.Index(fields=["year", "id"], name="study_lawreport_list")]

    def __str__(self) -> str:
        return f"{self.unit}{self.year}年度述法（{self.reporter}）"

    def clean(self) -> None:
        if self.year and self.reported_on and not (self.year <= self.reported_on.year <= self.year + 1):
            raise ValidationError({"reported_on": f"{self.year}年度的述法应在{self.year}年底或{self.year + 1}年初进行。"})
        if self.unit_id:
            refuse_duplicate(self, "year", f"“{self.unit}”{self.year}年度已有述法记录。", unit_id=self.unit_id,
                             year=self.year)


class CommitteeMeeting(ScopedModel):
    """A meeting of the rule-of-law committee (全面依法治县委员会) or a party/government meeting on the rule of law."""

    class Kind(models.TextChoices):
        PLENARY = "plenary", "全面依法治县（市、旗、镇）委员会会议"
        OFFICE = "office", "委员会办公室会议"
        PARTY = "party", "党委常委会专题研究法治建设"
        GOVERNMENT = "government", "政府常务会议专题研究法治政府建设"

    unit = models.ForeignKey(OrgUnit, verbose_name="单位", on_delete=models.PROTECT, related_name="rol_meetings")
    held_on = models.DateField("会议日期")
    kind = models.CharField("会议类型", max_length=12, choices=Kind.choices)
    title = models.CharField("会议名称", max_length=200)
    chaired_by = models.CharField("主持人", max_length=50)
    topics = models.TextField("研究议题（每行一项）")

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "法治建设专题会议"
        indexes = [models.Index(fields=["held_on"])]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if not text_lines(self.topics):
            raise ValidationError({"topics": "请列出会议研究的议题（每行一项）。"})


class DutyList(ScopedModel):
    """A unit's list of the first-responsible person's duties for a year (第一责任人职责清单)."""

    unit = models.ForeignKey(OrgUnit, verbose_name="单位", on_delete=models.PROTECT, related_name="duty_lists")
    year = models.PositiveSmallIntegerField("年度", validators=YEAR)
    person = models.CharField("党政主要负责人", max_length=50)
    position = models.CharField("职务", max_length=100)
    duties = models.TextField("职责事项（每行一项）")
    issued_on = models.DateField("印发日期")

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "第一责任人职责清单"
        constraints = [models.UniqueConstraint(fields=["unit", "year", "person"], name="study_duty_list_once")]
        indexes = [models.Index(fields=["year", "id"], name="study_dutylist_list")]

    def __str__(self) -> str:
        return f"{self.unit}{self.year}年度第一责任人职责清单（{self.person}）"

    def duty_items(self) -> list[str]:
        return text_lines(self.duties)

    def clean(self) -> None:
        if len(self.duty_items()) < 3:
            raise ValidationError({"duties": "请逐项列出第一责任人的职责（每行一项，至少3项）。"})
