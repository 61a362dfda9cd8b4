"""Indicators of 普法 (one GROUP BY each over all units)."""

from django.db.models import Q

from fazhi.core.indicators import Period, declare, declare_area, existing_on, indicator, sum_by_unit

from .models import Activity, CultureSite, DemoHousehold, DemoVillage, LegalUnderstander, Product, Team


def _activities(period: Period):
    return Activity.objects.filter(period.contains("held_on"))


@indicator("publicity.events", "publicity-activities", unit_field="unit")
def events(period: Period):
    return _activities(period)


@indicator("publicity.materials", "publicity-activities", unit_field="unit", records=_activities)
def materials(period: Period):
    return sum_by_unit(_activities(period), "unit", "materials")


@indicator("publicity.audience", "publicity-activities", unit_field="unit", records=_activities)
def audience(period: Period):
    return sum_by_unit(_activities(period), "unit", "audience")


def _products(kind: str):
    return lambda period: Product.objects.filter(period.contains("published_on"), kind=kind)


indicator("publicity.works", "publicity-products", unit_field="unit")(_products(Product.Kind.WORK))
indicator("publicity.new_media_posts", "publicity-products", unit_field="unit")(_products(Product.Kind.POST))


def _all_products(period: Period):
    return Product.objects.filter(period.contains("published_on"))


@indicator("publicity.views", "publicity-products", unit_field="unit", records=_all_products)
def views(period: Period):
    return sum_by_unit(_all_products(period), "unit", "views")


@indicator("publicity.teams", "publicity-teams", unit_field="unit")
def teams(period: Period):
    return Team.objects.filter(existing_on("established_on", "dissolved_on", period.end))


@indicator("publicity.legal_understanders", "legal-understanders", unit_field="unit")
def understanders(period: Period):
    return LegalUnderstander.objects.filter(existing_on("appointed_on", "left_on", period.end))


@indicator("publicity.demo_households", "demo-households", unit_field="unit")
def households(period: Period):
    return DemoHousehold.objects.filter(existing_on("recognised_on", "revoked_on", period.end))


def _titles(level: str):
    def titles(period: Period):
        alive = Q(revoked_year__isnull=True) | Q(revoked_year__gt=period.end.year)
        return DemoVillage.objects.filter(alive, level=level, year__lte=period.end.year)
    return titles


for _level in ("national", "provincial", "municipal"):
    indicator(f"publicity.demo_villages_{_level}", "demo-villages", unit_field="unit")(_titles(_level))


@indicator("publicity.culture_sites", "culture-sites", unit_field="unit")
def culture_sites(period: Period):
    return CultureSite.objects.filter(existing_on("opened_on", "closed_on", period.end))


# -- what this area says about its keys (labels of its own keys, stocks, dashboard places) --
declare_area("publicity", "普法")
declare("publicity.culture_sites", stock=True)
declare("publicity.demo_households", stock=True)
declare("publicity.demo_villages_municipal", stock=True)
declare("publicity.demo_villages_national", stock=True)
declare("publicity.demo_villages_provincial", stock=True)
declare("publicity.events", dashboard=("card", "trend", "breakdown"), order=140)
declare("publicity.legal_understanders", stock=True)
declare("publicity.teams", stock=True)
