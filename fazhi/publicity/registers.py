"""Register declarations for 普法."""

from django.db.models import Q

from fazhi.core.registers import DeadlineSpec, Register, TodoSpec, register
from fazhi.core.roles import Role

from . import actions, rules
from .models import (
    Activity,
    CultureSite,
    DemoHousehold,
    DemoVillage,
    LegalUnderstander,
    Product,
    ResponsibilityList,
    Team,
)

AREA = "普法"


@register
class ResponsibilityListRegister(Register):
    model = ResponsibilityList
    slug = "publicity-lists"
    area = AREA
    fields = ["unit", "year", "laws", "audiences", "planned_events", "measures"]
    detail_fields = fields + ["publish_due", "published_on", "published_url", "account_due", "accounted_on",
                              "events_held", "account"]
    list_columns = ["year", "unit", "planned_events", "published_on", "accounted_on", "events_held"]
    filters = ["unit"]
    search_fields = ["unit__name", "laws"]
    ordering = ["-year", "unit__path"]
    deadlines = [
        DeadlineSpec("publish_due", "published_on", label="普法责任清单向社会公布", basis=rules.BASIS),
        DeadlineSpec("account_due", "accounted_on", label="普法责任制年终履职报告", basis=rules.BASIS),
    ]
    todos = [TodoSpec("尚未公布的普法责任清单", lambda today: Q(published_on=None))]

    def write(self, user, form):
        return actions.register_list(form.save(commit=False), acting_user=user)

    def warnings(self, obj) -> list[str]:
        if obj.accounted_on and obj.events_held is not None and obj.events_held < obj.planned_events:
            return [f"全年开展普法活动{obj.events_held}场，少于清单计划的{obj.planned_events}场（{rules.BASIS}）。"]
        return []

    def deletable(self, obj) -> bool:
        return obj.published_on is None


@register
class ActivityRegister(Register):
    model = Activity
    slug = "publicity-activities"
    area = AREA
    fields = ["unit", "held_on", "theme", "laws", "place", "channel", "audience_kind", "audience", "materials"]
    list_columns = ["held_on", "unit", "theme", "channel", "audience_kind", "audience", "materials"]
    filters = ["channel", "audience_kind", "unit"]
    search_fields = ["theme", "laws", "place"]
    ordering = ["-held_on", "-pk"]
    import_aliases = {"日期": "held_on", "主题": "theme", "活动地点": "place", "受众人次": "audience",
                      "发放宣传资料（份）": "materials", "宣传形式": "channel", "宣传对象": "audience_kind"}


@register
class LegalUnderstanderRegister(Register):
    model = LegalUnderstander
    slug = "legal-understanders"
    area = AREA
    fields = ["unit", "name", "id_number", "phone", "occupation", "appointed_on", "trainings", "left_on"]
    list_columns = ["name", "unit", "occupation", "phone", "appointed_on", "trainings", "left_on"]
    filters = ["unit"]
    search_fields = ["name", "unit__name"]
    ordering = ["unit__path", "name"]
    masked = {"id_number": "id", "phone": "phone"}
    unmask_roles = frozenset({Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE})
    import_aliases = {"所在村": "unit", "所在社区": "unit", "身份证号": "id_number", "电话": "phone"}


@register
class DemoHouseholdRegister(Register):
    model = DemoHousehold
    slug = "demo-households"
    area = AREA
    fields = ["unit", "head_name", "recognised_on", "revoked_on"]
    list_columns = ["head_name", "unit", "recognised_on", "revoked_on"]
    filters = ["unit"]
    search_fields = ["head_name", "unit__name"]
    ordering = ["unit__path", "head_name"]


@register
class DemoVillageRegister(Register):
    model = DemoVillage
    slug = "demo-villages"
    area = AREA
    fields = ["unit", "level", "year", "batch", "revoked_year"]
    list_columns = ["unit", "level", "year", "batch", "revoked_year"]
    filters = ["level", "unit"]
    search_fields = ["unit__name", "batch"]
    ordering = ["level", "-year"]


@register
class CultureSiteRegister(Register):
    model = CultureSite
    slug = "culture-sites"
    area = AREA
    fields = ["unit", "name", "kind", "opened_on", "closed_on"]
    list_columns = ["name", "kind", "unit", "opened_on", "closed_on"]
    filters = ["kind", "unit"]
    search_fields = ["name", "unit__name"]
    ordering = ["unit__path", "name"]


@register
class ProductRegister(Register):
    model = Product
    slug = "publicity-products"
    area = AREA
    fields = ["unit", "kind", "title", "published_on", "channel", "views"]
    list_columns = ["published_on", "kind", "title", "channel", "views", "unit"]
    filters = ["kind"]
    search_fields = ["title", "channel"]
    ordering = ["-published_on", "-id"]
    select_related = ["unit"]
    import_aliases = {"作品名称": "title", "标题": "title", "发布时间": "published_on", "平台": "channel",
                      "阅读量": "views", "播放量": "views"}


@register
class TeamRegister(Register):
    model = Team
    slug = "publicity-teams"
    area = AREA
    fields = ["unit", "name", "kind", "members", "established_on", "dissolved_on"]
    list_columns = ["name", "kind", "members", "unit", "established_on", "dissolved_on"]
    filters = ["kind"]
    search_fields = ["name"]
    ordering = ["-established_on", "-id"]
    select_related = ["unit"]
    natural_key = ("unit", "name")
