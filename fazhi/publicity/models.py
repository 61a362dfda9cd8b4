"""普法: each department's yearly 普法责任清单 under 谁执法谁普法 and its year-end account, law-popularisation activities,
法律明白人, 学法用法示范户, 民主法治示范村(社区) and 法治文化阵地."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role
from fazhi.core.validators import refuse_duplicate, text_lines, validate_citizen_id, validate_phone

ROLES = {
    "view": {Role.UNIT_CLERK, Role.ENFORCEMENT_STAFF, Role.DRAFTING_UNIT, Role.ADMIN},
    "add": {Role.UNIT_CLERK, Role.ENFORCEMENT_STAFF, Role.RULE_OF_LAW_OFFICE},
    "change": {Role.UNIT_CLERK, Role.ENFORCEMENT_STAFF, Role.RULE_OF_LAW_OFFICE},
    "delete": {Role.RULE_OF_LAW_OFFICE},
}
YEAR = [MinValueValidator(2000), MaxValueValidator(2100)]


def _village_only(unit, label: str) -> None:
    if unit is not None and unit.kind != OrgUnit.Kind.VILLAGE:
        raise ValidationError({"unit": f"{label}应登记在村（社区），“{unit}”是{unit.get_kind_display()}。"})


class ResponsibilityList(ScopedModel):
    """A unit's 普法责任清单 for one year: the laws it must popularise, its planned activities, publication, and the
    year-end account of what was done (谁执法谁普法)."""

    unit = models.ForeignKey(OrgUnit, verbose_name="责任单位", on_delete=models.PROTECT,
                             related_name="publicity_lists")
    year = models.PositiveSmallIntegerField("年度", validators=YEAR)
    laws = models.TextField("重点普及的法律法规（每行一部）")
    audiences = models.CharField("重点普法对象", max_length=200)
    planned_events = models.PositiveIntegerField("计划开展普法活动（场次）")
    measures = models.TextField("普法措施", blank=True)
    publish_due = models.DateField("清单公布期限", null=True, editable=False)
    published_on = models.DateField("公布日期", null=True, blank=True, editable=False)
    published_url = models.URLField("公布网址", blank=True, editable=False)
    account_due = models.DateField("年终履职报告期限", null=True, editable=False)
    accounted_on = models.DateField("履职报告日期", null=True, blank=True, editable=False)
    account = models.TextField("年终履职情况", blank=True, editable=False)
    events_held = models.PositiveIntegerField("实际开展活动（场次，报告时统计）", null=True, blank=True, editable=False)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "普法责任清单"
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="publicity_one_list_per_unit_year")]
        indexes = [
            models.Index(fields=["year", "id"], name="publicity_responsibility_list"),
            models.Index(fields=["account_due", "accounted_on"], name="responsibili_account_due_ix"),
            models.Index(fields=["publish_due", "published_on"], name="responsibili_publish_due_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.unit}{self.year}年度普法责任清单"

    def law_list(self) -> list[str]:
        return text_lines(self.laws)

    def clean(self) -> None:
        if not self.law_list():
            raise ValidationError({"laws": "请列出本单位重点普及的法律法规（每行一部）。"})
        if self.unit_id:
            refuse_duplicate(self, "year", f"“{self.unit}”{self.year}年度的普法责任清单已经存在。",
                             unit_id=self.unit_id, year=self.year)


class Activity(ScopedModel):
    """A law-popularisation activity (普法宣传活动)."""

    class Channel(models.TextChoices):
        ON_SITE = "on_site", "现场宣传（集市、广场、进村入户）"
        LECTURE = "lecture", "法治讲座、培训"
        SCHOOL = "school", "法治进校园"
        PERFORMANCE = "performance", "文艺演出（送法下乡）"
        NEW_MEDIA = "new_media", "新媒体（微信、短视频、直播）"
        BROADCAST = "broadcast", "广播电视、报刊"
        COMPETITION = "competition", "知识竞赛、有奖问答"

    class Audience(models.TextChoices):
        PUBLIC = "public", "社会公众"
        OFFICIALS = "officials", "国家工作人员"
        YOUTH = "youth", "青少年"
        FARMERS = "farmers", "农牧民"
        ENTERPRISES = "enterprises", "企业经营管理人员"
        MIGRANTS = "migrants", "外出务工人员"

    unit = models.ForeignKey(OrgUnit, verbose_name="主办单位", on_delete=models.PROTECT,
                             related_name="publicity_activities")
    held_on = models.DateField("活动日期")
    theme = models.CharField("活动主题", max_length=200)
    laws = models.CharField("宣传的法律法规", max_length=300, blank=True)
    place = models.CharField("地点（平台）", max_length=100)
    channel = models.CharField("形式", max_length=15, choices=Channel.choices)
    audience_kind = models.CharField("对象", max_length=15, choices=Audience.choices)
    audience = models.PositiveIntegerField("受众（人次）", default=0)
    materials = models.PositiveIntegerField("发放资料（份）", default=0)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "普法活动"
        indexes = [models.Index(fields=["held_on"])]

    def __str__(self) -> str:
        return f"{self.held_on} {self.theme}"


class LegalUnderstander(ScopedModel):
    """A 法律明白人 of a village (社区)."""

    unit = models.ForeignKey(OrgUnit, verbose_name="所在村（社区）", on_delete=models.PROTECT,
                             related_name="legal_understanders")
    name = models.CharField("姓名", max_length=50)
    id_number = models.CharField("公民身份号码", max_length=18, blank=True, validators=[validate_citizen_id])
    phone = models.CharField("联系电话", max_length=20, blank=True, validators=[validate_phone])
    occupation = models.CharField("身份", max_length=50, blank=True, help_text="如村干部、网格员、人民调解员")
    appointed_on = models.DateField("选任日期")
    trainings = models.PositiveSmallIntegerField("年度参训次数", default=0)
    left_on = models.DateField("退出日期", null=True, blank=True)

    org_field = "unit"
    scope_roles = ROLES

    date_order = (("appointed_on", "left_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "法律明白人"

    def __str__(self) -> str:
        return f"{self.name}（{self.unit}）"

    def clean(self) -> None:
        _village_only(self.unit if self.unit_id else None, "法律明白人")


class DemoHousehold(ScopedModel):
    """A 学法用法示范户."""

    unit = models.ForeignKey(OrgUnit, verbose_name="所在村（社区）", on_delete=models.PROTECT,
                             related_name="demo_households")
    head_name = models.CharField("户主", max_length=50)
    recognised_on = models.DateField("命名日期")
    revoked_on = models.DateField("撤销日期", null=True, blank=True)

    org_field = "unit"
    scope_roles = ROLES

    date_order = (("recognised_on", "revoked_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "学法用法示范户"

    def __str__(self) -> str:
        return f"{self.head_name}户（{self.unit}）"

    def clean(self) -> None:
        _village_only(self.unit if self.unit_id else None, "学法用法示范户")


class DemoVillage(ScopedModel):
    """A 民主法治示范村(社区) named at a level in a year; a village may hold several levels over time."""

    class Level(models.TextChoices):
        NATIONAL = "national", "全国"
        PROVINCIAL = "provincial", "省（自治区）级"
        MUNICIPAL = "municipal", "市级"
        COUNTY = "county", "县级"

    unit = models.ForeignKey(OrgUnit, verbose_name="村（社区）", on_delete=models.PROTECT, related_name="demo_titles")
    level = models.CharField("级别", max_length=12, choices=Level.choices)
    year = models.PositiveSmallIntegerField("命名年度", validators=YEAR)
    batch = models.CharField("批次（命名文件）", max_length=100, blank=True)
    revoked_year = models.PositiveSmallIntegerField("复核撤销年度", null=True, blank=True, validators=YEAR)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "民主法治示范村（社区）"
        constraints = [models.UniqueConstraint(fields=["unit", "level"], name="publicity_demo_village_level_once")]
        indexes = [models.Index(fields=["level", "year", "id"], name="publicity_demovillage_list")]

    def __str__(self) -> str:
        return f"{self.unit}（{self.get_level_display()}，{self.year}年）"

    def clean(self) -> None:
        _village_only(self.unit if self.unit_id else None, "民主法治示范村（社区）")
        if self.revoked_year and self.year and self.revoked_year < self.year:
            raise ValidationError({"revoked_year": "撤销年度不能早于命名年度。"})


class CultureSite(ScopedModel):
    """A 法治文化阵地: a rule-of-law square, park, corridor, education base."""

    class Kind(models.TextChoices):
        SQUARE = "square", "法治广场"
        PARK = "park", "法治公园"
        CORRIDOR = "corridor", "法治长廊（文化墙）"
        BASE = "base", "法治宣传教育基地"
        YOUTH_BASE = "youth_base", "青少年法治教育实践基地"
        OTHER = "other", "其他"

    unit = models.ForeignKey(OrgUnit, verbose_name="所在单位", on_delete=models.PROTECT, related_name="culture_sites")
    name = models.CharField("名称", max_length=100)
    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    opened_on = models.DateField("建成日期")
    closed_on = models.DateField("撤除日期", null=True, blank=True)

    org_field = "unit"
    scope_roles = ROLES

    date_order = (("opened_on", "closed_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "法治文化阵地"

    def __str__(self) -> str:
        return self.name


class Product(ScopedModel):
    """A 普法作品 (微视频、动漫、文艺节目、图书 …) or a 新媒体普法信息 a unit published, with its views."""

    class Kind(models.TextChoices):
        WORK = "work", "普法作品（微视频、动漫、文艺节目等）"
        POST = "post", "新媒体普法信息"

    unit = models.ForeignKey(OrgUnit, verbose_name="制作（发布）单位", on_delete=models.PROTECT,
                             related_name="publicity_products")
    kind = models.CharField("类别", max_length=6, choices=Kind.choices)
    title = models.CharField("标题", max_length=200)
    published_on = models.DateField("发布日期")
    channel = models.CharField("发布平台", max_length=100, help_text="如“示范司法”微信公众号、抖音号、县融媒体中心")
    views = models.PositiveIntegerField("浏览（播放）量", default=0)

    org_field = "unit"
    scope_roles = ROLES

    class Meta:
        verbose_name = verbose_name_plural = "普法作品和新媒体信息"
        indexes = [models.Index(fields=["published_on", "id"], name="publicity_product_list")]

    def __str__(self) -> str:
        return self.title


class Team(ScopedModel):
    """A 普法宣传队伍: 宣讲团、文艺小分队（如法治乌兰牧骑）、志愿者队伍."""

    class Kind(models.TextChoices):
        LECTURERS = "lecturers", "普法讲师团、宣讲团"
        ART = "art", "法治文艺小分队"
        VOLUNTEERS = "volunteers", "普法志愿者队伍"

    unit = models.ForeignKey(OrgUnit, verbose_name="组建单位", on_delete=models.PROTECT, related_name="publicity_teams")
    name = models.CharField("名称", max_length=100)
    kind = models.CharField("类别", max_length=12, choices=Kind.choices)
    members = models.PositiveIntegerField("人数")
    established_on = models.DateField("组建日期")
    dissolved_on = models.DateField("撤销日期", null=True, blank=True)

    org_field = "unit"
    scope_roles = ROLES

    date_order = (("established_on", "dissolved_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "普法宣传队伍"
        constraints = [models.UniqueConstraint(fields=["unit", "name"], name="publicity_team_unique_name")]
        indexes = [models.Index(fields=["established_on", "id"], name="publicity_team_list")]

    def __str__(self) -> str:
        return self.name
