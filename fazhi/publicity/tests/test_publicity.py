"""普法: the 普法责任清单 (publication and year-end account under 谁执法谁普法), activity sums, stocks of people
and titles, pages and import."""

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from conftest import assert_constant_queries
from fazhi.core.indicators import Period, value
from fazhi.core.steps import system_user
from fazhi.publicity import actions, rules
from fazhi.publicity.models import (
    Activity,
    CultureSite,
    DemoHousehold,
    DemoVillage,
    LegalUnderstander,
    ResponsibilityList,
)

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def activity(unit, **kw):
    data = dict(unit=unit, held_on=D("2025-12-04"), theme="宪法宣传周", place="县文化广场", channel="on_site",
                audience_kind="public", audience=300, materials=500)
    data.update(kw)
    return Activity.objects.create(**data)


def test_dates_follow_the_configured_days(settings):
    assert rules.publish_due(2025) == D("2025-03-31") and rules.account_due(2025) == D("2026-01-31")
    settings.FAZHI = {**settings.FAZHI, "PUBLICITY_LIST_DUE": "02-28"}
    assert rules.publish_due(2025) == D("2025-02-28")


def test_list_published_then_accounted_with_activities_counted(tree):
    with pytest.raises(ValidationError, match="每行一部"):
        actions.register_list(ResponsibilityList(unit=tree["dept"], year=2025, laws=" \n ", audiences="群众",
                                                       planned_events=3), acting_user=system_user())
    lst = actions.register_list(ResponsibilityList(unit=tree["dept"], year=2025, audiences="群众",
                                                         laws="中华人民共和国宪法\n中华人民共和国民法典", planned_events=3), acting_user=system_user())
    assert lst.law_list() == ["中华人民共和国宪法", "中华人民共和国民法典"]
    with pytest.raises(ValidationError, match="已经存在"):
        actions.register_list(ResponsibilityList(unit=tree["dept"], year=2025, laws="x", audiences="y",
                                                       planned_events=1), acting_user=system_user())
    with pytest.raises(ValidationError, match="尚未公布"):
        actions.account(lst, on=D("2025-12-20"), text="全年开展了普法宣传活动若干场次", acting_user=system_user())
    actions.publish(lst, on=D("2025-03-10"), url="", acting_user=system_user())
    with pytest.raises(ValidationError, match="12月1日"):
        actions.account(lst, on=D("2025-11-20"), text="全年开展了普法宣传活动若干场次", acting_user=system_user())
    activity(tree["dept"])
    activity(tree["dept"], held_on=D("2024-12-04"))  # another year
    actions.account(lst, on=D("2025-12-20"), text="全年开展了普法宣传活动若干场次", acting_user=system_user())
    assert lst.events_held == 1


def test_indicators_sum_in_the_database_and_count_stocks(tree):
    activity(tree["town_a"])
    activity(tree["town_b"], channel="new_media", audience=5000, materials=0)
    LegalUnderstander.objects.create(unit=tree["village"], name="甲", appointed_on=D("2021-01-01"))
    LegalUnderstander.objects.create(unit=tree["village"], name="乙", appointed_on=D("2021-01-01"),
                                     left_on=D("2025-06-01"))
    DemoHousehold.objects.create(unit=tree["village"], head_name="丙", recognised_on=D("2023-11-01"))
    DemoVillage.objects.create(unit=tree["village"], level="provincial", year=2022)
    DemoVillage.objects.create(unit=tree["village"], level="national", year=2026)
    CultureSite.objects.create(unit=tree["county"], name="宪法公园", kind="park", opened_on=D("2021-12-04"))
    year, county = Period.year(2025), tree["county"]
    assert value("publicity.events", county, year) == 2
    assert value("publicity.audience", county, year) == 5300
    assert value("publicity.materials", county, year) == 500
    assert value("publicity.materials", tree["town_b"], year) == 0
    assert value("publicity.legal_understanders", county, year) == 1
    assert value("publicity.demo_households", county, year) == 1
    assert value("publicity.demo_villages_provincial", county, year) == 1
    assert value("publicity.demo_villages_national", county, year) == 0  # named in 2026
    assert value("publicity.culture_sites", county, year) == 1


def test_village_registers_need_a_village(tree):
    with pytest.raises(ValidationError, match="村（社区）"):
        LegalUnderstander(unit=tree["town_a"], name="甲", appointed_on=D("2021-01-01")).full_clean()
    with pytest.raises(ValidationError, match="村（社区）"):
        DemoVillage(unit=tree["town_a"], level="municipal", year=2022).full_clean()


def test_pages_scope_deadline_basis_and_masking(tree, users, login):
    lst = actions.register_list(ResponsibilityList(unit=tree["town_a"], year=2025, laws="中华人民共和国宪法",
                                                         audiences="群众", planned_events=5), acting_user=system_user())
    clerk = login(users["clerk_a"])
    assert "谁执法谁普法" in clerk.get(f"/r/publicity-lists/{lst.pk}/").content.decode()
    assert login(users["clerk_b"]).get(f"/r/publicity-lists/{lst.pk}/").status_code == 404
    p = LegalUnderstander.objects.create(unit=tree["village"], name="甲", phone="13812345678",
                                         appointed_on=D("2021-01-01"))
    assert "13812345678" in clerk.get(f"/r/legal-understanders/{p.pk}/").content.decode()
    assert "13812345678" not in login(users["supervisor"]).get(f"/r/legal-understanders/{p.pk}/").content.decode()


def test_activity_ledger_import_with_common_column_names(tree, users, login):
    wb = Workbook()
    ws = wb.active
    ws.append(["主办单位", "日期", "主题", "活动地点", "宣传形式", "宣传对象", "受众人次", "发放宣传资料（份）"])
    ws.append(["城关镇", dt.date(2025, 12, 4), "宪法宣传周", "镇文化广场", "现场宣传（集市、广场、进村入户）", "社会公众", 300, 800])
    ws.append(["城关镇", dt.date(2025, 12, 5), "民法典进农村", "城关东村", "法治讲座、培训", "农牧民", -5, 100])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "普法台账.xlsx"
    client = login(users["clerk_a"])
    page = client.post("/r/publicity-activities/import/", {"file": buf}, follow=True).content.decode()
    assert "未导入任何数据" in page and "第3行" in page and "受众（人次）" in page
    assert not Activity.objects.exists()


def test_list_query_count_is_constant(tree, users, login):
    activity(tree["town_a"])
    assert_constant_queries(login(users["supervisor"]), "/r/publicity-activities/",
                            lambda: [activity(tree["town_a"], theme=f"活动{i}") for i in range(12)])


def test_works_posts_views_and_teams(tree):
    from fazhi.publicity.models import Product, Team

    Product.objects.create(unit=tree["dept"], kind="work", title="以案释法微视频", published_on=D("2025-03-01"),
                           channel="抖音号", views=12000)
    Product.objects.create(unit=tree["town_a"], kind="post", title="民法典小课堂", published_on=D("2025-04-01"),
                           channel="微信公众号", views=800)
    Team.objects.create(unit=tree["dept"], name="法治文艺小分队", kind="art", members=12, established_on=D("2021-06-01"))
    Team.objects.create(unit=tree["town_a"], name="旧宣讲团", kind="lecturers", members=5,
                        established_on=D("2020-01-01"), dissolved_on=D("2024-12-31"))
    county, year = tree["county"], Period.year(2025)
    assert value("publicity.works", county, year) == 1 and value("publicity.new_media_posts", county, year) == 1
    assert value("publicity.views", county, year) == 12800
    assert value("publicity.teams", county, year) == 1  # the dissolved one no longer counts
