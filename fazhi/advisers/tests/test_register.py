"""The legal-adviser register through every channel: pages, dropdowns, export, API, import, audit."""

import io
import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import Workbook, load_workbook

from fazhi.advisers.models import LegalAdviser
from fazhi.core.models import ChangeLog

pytestmark = pytest.mark.django_db

FORM = {
    "name": "王律师", "level": "township", "law_firm": "示范县正义律师事务所", "contract_start": "2025-01-01",
    "contract_end": "2027-12-31", "phone": "13812345678", "is_active": "on", "note": "",
}


def logs_for(obj):
    ct = ContentType.objects.get_for_model(type(obj))
    return ChangeLog.objects.filter(content_type=ct, object_id=str(obj.pk))


# -- scoping ---------------------------------------------------------------------------------
def test_clerk_gets_404_on_other_townships_record(tree, users, login, adviser_factory):
    theirs = adviser_factory(unit=tree["town_b"])
    mine = adviser_factory(unit=tree["town_a"])
    client = login(users["clerk_a"])
    assert client.get(f"/r/advisers/{mine.pk}/").status_code == 200
    for url in (f"/r/advisers/{theirs.pk}/", f"/r/advisers/{theirs.pk}/edit/"):
        assert client.get(url).status_code == 404
    assert client.post(f"/r/advisers/{theirs.pk}/delete/").status_code == 404
    assert client.get("/r/advisers/999999/").status_code == 404  # same answer as for a record that exists


def test_clerk_sees_only_own_subtree_in_list_and_village_below(tree, users, login, adviser_factory):
    adviser_factory(unit=tree["town_b"], name="东风顾问")
    adviser_factory(unit=tree["village"], name="城关东村顾问")
    page = login(users["clerk_a"]).get("/r/advisers/").content.decode()
    assert "城关东村顾问" in page and "东风顾问" not in page


def test_dropdown_offers_only_units_in_scope(tree, users, login):
    page = login(users["clerk_a"]).get("/r/advisers/new/").content.decode()
    assert "城关镇" in page and "城关东村" in page
    assert "东风镇" not in page and "县司法局" not in page


def test_cannot_create_in_another_township_by_forging_the_post(tree, users, login):
    response = login(users["clerk_a"]).post("/r/advisers/new/", {**FORM, "unit": tree["town_b"].pk})
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    assert not LegalAdviser.objects.exists()


def test_export_contains_only_scope(tree, users, login, adviser_factory):
    adviser_factory(unit=tree["town_b"], name="东风顾问")
    adviser_factory(unit=tree["town_a"], name="城关顾问")
    response = login(users["clerk_a"]).get("/r/advisers/export.xlsx")
    wb = load_workbook(io.BytesIO(response.content))
    names = [row[1] for row in wb.active.iter_rows(min_row=2, values_only=True)]
    assert next(wb.active.iter_rows(max_row=1, values_only=True))[0] == "平台编号"  # how a re-import finds the record
    assert names == ["城关顾问"]


def test_api_scoping(tree, users, login, adviser_factory):
    theirs = adviser_factory(unit=tree["town_b"], name="东风顾问")
    adviser_factory(unit=tree["town_a"], name="城关顾问")
    client = login(users["clerk_a"])
    data = client.get("/api/advisers/").json()
    assert [r["name"] for r in data["results"]] == ["城关顾问"]
    assert client.get(f"/api/advisers/{theirs.pk}/").status_code == 404
    assert client.patch(f"/api/advisers/{theirs.pk}/", {"name": "x"}, content_type="application/json").status_code == 404


def test_supervisor_reads_but_cannot_write(tree, users, login, adviser_factory):
    a = adviser_factory(unit=tree["town_b"])
    client = login(users["supervisor"])
    assert client.get(f"/r/advisers/{a.pk}/").status_code == 200
    assert client.get(f"/r/advisers/{a.pk}/edit/").status_code == 404
    assert client.get("/r/advisers/new/").status_code == 404
    assert client.post("/api/advisers/", {**FORM, "unit": tree["town_b"].pk}).status_code == 404


def test_user_without_membership_sees_nothing(tree, users, login, adviser_factory):
    a = adviser_factory()
    client = login(users["nobody"])
    assert client.get("/r/advisers/").status_code == 404
    assert client.get(f"/r/advisers/{a.pk}/").status_code == 404
    assert client.get("/api/advisers/").json()["results"] == []


def test_anonymous_redirected_to_login(tree, adviser_factory, client):
    assert client.get("/r/advisers/").status_code == 302
    assert client.get("/api/advisers/").status_code in (401, 403)


# -- masking ----------------------------------------------------------------------------------
def test_phone_masked_for_roles_that_do_not_need_it(tree, users, login, adviser_factory):
    a = adviser_factory(unit=tree["town_a"], phone="13812345678")
    assert "13812345678" in login(users["clerk_a"]).get(f"/r/advisers/{a.pk}/").content.decode()
    for who in ("supervisor",):
        client = login(users[who])
        assert "13812345678" not in client.get(f"/r/advisers/{a.pk}/").content.decode()
        assert "138****5678" in client.get("/r/advisers/").content.decode()
        assert client.get(f"/api/advisers/{a.pk}/").json()["phone"] == "138****5678"
        wb = load_workbook(io.BytesIO(client.get("/r/advisers/export.xlsx").content))
        assert "13812345678" not in json.dumps([list(r) for r in wb.active.iter_rows(values_only=True)], default=str)


# -- validation -------------------------------------------------------------------------------
def test_bad_phone_and_date_order_give_chinese_errors(tree, users, login):
    data = {**FORM, "unit": tree["town_a"].pk, "phone": "1234", "contract_end": "2024-01-01"}
    response = login(users["clerk_a"]).post("/r/advisers/new/", data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "电话号码格式不正确" in page and "聘期结束不能早于聘期开始" in page
    assert not LegalAdviser.objects.exists()


def test_village_adviser_must_serve_a_village(tree, users, login):
    response = login(users["clerk_a"]).post("/r/advisers/new/", {**FORM, "level": "village", "unit": tree["town_a"].pk})
    assert "服务单位应为相应层级的单位" in response.content.decode()


def test_api_validation_errors_are_chinese_and_nothing_saved(tree, users, login):
    client = login(users["clerk_a"])
    response = client.post("/api/advisers/", {**FORM, "unit": tree["town_a"].pk, "phone": "abc"},
                           content_type="application/json")
    assert response.status_code == 400
    assert "电话号码格式不正确" in response.json()["phone"][0]
    assert not LegalAdviser.objects.exists()


# -- audit --------------------------------------------------------------------------------------
def test_ui_create_update_delete_are_audited(tree, users, login):
    client = login(users["office"])
    response = client.post("/r/advisers/new/", {**FORM, "unit": tree["town_a"].pk})
    assert response.status_code == 302
    obj = LegalAdviser.objects.get()
    client.post(f"/r/advisers/{obj.pk}/edit/", {**FORM, "unit": tree["town_a"].pk, "name": "王大律师"})
    client.post(f"/r/advisers/{obj.pk}/delete/")
    logs = list(logs_for(obj).order_by("at", "id"))
    assert [log.action for log in logs] == ["create", "update", "delete"]
    assert all(log.user == users["office"] and log.request_id and log.source == "web" for log in logs)
    assert logs[1].changes == {"name": ["王律师", "王大律师"]}


def test_api_writes_are_audited(tree, users, login):
    client = login(users["clerk_a"])
    response = client.post("/api/advisers/", {**FORM, "unit": tree["town_a"].pk, "is_active": True},
                           content_type="application/json")
    assert response.status_code == 201, response.content
    pk = response.json()["id"]
    client.patch(f"/api/advisers/{pk}/", {"law_firm": "新所"}, content_type="application/json")
    logs = list(logs_for(LegalAdviser.objects.get(pk=pk)).order_by("at", "id"))
    assert [(log.action, log.source) for log in logs] == [("create", "api"), ("update", "api")]
    assert logs[1].changes == {"law_firm": ["示范县正义律师事务所", "新所"]}


def test_token_auth(tree, users, login, adviser_factory):
    from rest_framework.test import APIClient

    adviser_factory(unit=tree["town_a"])
    token = login(users["clerk_a"]).post("/api/token/").json()["token"]
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert len(api.get("/api/advisers/").json()["results"]) == 1


def test_detail_shows_timeline(tree, users, login):
    client = login(users["office"])
    client.post("/r/advisers/new/", {**FORM, "unit": tree["town_a"].pk})
    obj = LegalAdviser.objects.get()
    page = client.get(f"/r/advisers/{obj.pk}/").content.decode()
    assert "办理与变更记录" in page and "新建" in page


def test_change_log_is_append_only(tree, users, adviser_factory):
    log = logs_for(adviser_factory()).first()
    with pytest.raises(RuntimeError):
        log.save()
    with pytest.raises(RuntimeError):
        log.delete()


# -- import -------------------------------------------------------------------------------------
def workbook(rows, header=None):
    wb = Workbook()
    ws = wb.active
    ws.append(header or ["姓名", "层级", "服务单位", "所在律师事务所/单位", "公职律师", "聘期开始", "聘期结束",
                         "联系电话", "在聘", "备注"])
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "advisers.xlsx"
    return buf


GOOD = ["李律师", "乡镇（街道）级", "城关镇", "正义所", "否", "2025-01-01", "2027-12-31", "13912345678", "是", ""]


def test_import_all_or_nothing_with_row_and_column(tree, users, login):
    bad = ["赵律师", "乡镇（街道）级", "城关镇", "正义所", "否", "2025-01-01", "2027-12-31", "1234", "是", ""]
    response = login(users["clerk_a"]).post("/r/advisers/import/", {"file": workbook([GOOD, GOOD, bad])}, follow=True)
    page = response.content.decode()
    assert "未导入任何数据" in page and "第4行" in page and "联系电话" in page
    assert LegalAdviser.objects.count() == 0


def test_import_refuses_unit_out_of_scope(tree, users, login):
    row = GOOD[:2] + ["东风镇"] + GOOD[3:]
    page = login(users["clerk_a"]).post("/r/advisers/import/", {"file": workbook([row])}, follow=True).content.decode()
    assert "找不到“东风镇”" in page
    assert LegalAdviser.objects.count() == 0


def test_import_success_is_audited_as_import(tree, users, login):
    response = login(users["clerk_a"]).post("/r/advisers/import/", {"file": workbook([GOOD, GOOD])}, follow=True)
    assert "已导入 2 条记录" in response.content.decode()  # the job page, once the import job has run
    assert LegalAdviser.objects.count() == 2
    assert set(ChangeLog.objects.filter(action="create", object_repr__contains="李律师").values_list("source", flat=True)) == {"import"}


def test_import_rejects_wrong_file_type_and_headers(tree, users, login):
    client = login(users["clerk_a"])
    fake = io.BytesIO(b"not excel")
    fake.name = "a.xlsx"
    assert "不是有效的 Excel" in client.post("/r/advisers/import/", {"file": fake}, follow=True).content.decode()
    csv = io.BytesIO(b"a,b")
    csv.name = "a.csv"
    assert "只支持 .xlsx" in client.post("/r/advisers/import/", {"file": csv}, follow=True).content.decode()
    page = client.post("/r/advisers/import/", {"file": workbook([GOOD], header=["姓名", "奇怪的列"])}, follow=True).content.decode()
    assert "无法识别的列标题" in page


# -- performance ----------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/r/advisers/", "/api/advisers/"])
def test_list_query_count_is_constant(tree, users, login, adviser_factory, path):
    client = login(users["supervisor"])  # masking path included
    adviser_factory()
    client.get(path)  # warm caches (content types, calendar)
    with CaptureQueriesContext(connection) as few:
        assert client.get(path).status_code == 200
    for _ in range(40):
        adviser_factory(unit=tree["village"], level="village")
    with CaptureQueriesContext(connection) as many:
        assert client.get(path).status_code == 200
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_pagination_does_not_count(tree, users, login, adviser_factory):
    for _ in range(3):
        adviser_factory()
    client = login(users["office"])
    with CaptureQueriesContext(connection) as ctx:
        client.get("/r/advisers/?page=1")
    assert not any("COUNT(" in q["sql"].upper() and "advisers_" in q["sql"] for q in ctx.captured_queries)


# -- filters, search, sort ---------------------------------------------------------------------
def test_filter_search_sort(tree, users, login, adviser_factory):
    adviser_factory(unit=tree["town_a"], name="甲顾问", law_firm="甲所")
    adviser_factory(unit=tree["village"], name="乙顾问", level="village", is_active=False)
    client = login(users["office"])
    page = client.get("/r/advisers/?q=甲所").content.decode()
    assert "甲顾问" in page and "乙顾问" not in page
    page = client.get("/r/advisers/?is_active=0").content.decode()
    assert "乙顾问" in page and "甲顾问" not in page
    page = client.get(f"/r/advisers/?unit={tree['town_a'].pk}").content.decode()  # a unit covers its subtree
    assert "甲顾问" in page and "乙顾问" in page
    page = client.get("/r/advisers/?sort=name").content.decode()
    assert page.index("乙顾问") < page.index("甲顾问")  # code-point order: 乙 U+4E59 < 甲 U+7532
    page = client.get("/r/advisers/?sort=-name").content.decode()
    assert page.index("甲顾问") < page.index("乙顾问")
    assert client.get("/r/advisers/?sort=phone;drop").status_code == 200


# -- hostile input never gives a 500 ------------------------------------------------------------
@pytest.mark.parametrize("url", [
    "/r/advisers/?unit=abc", "/r/advisers/?unit=99999999999999999999", "/r/advisers/?page=abc",
    "/r/advisers/?page=-5", "/r/advisers/?level=zzz", "/r/advisers/?is_active=maybe", "/r/advisers/?sort=__x",
    "/r/advisers/?q=%00", "/r/advisers/?level=%00", "/r/advisers/99999999999999999999/", "/api/advisers/?page=abc",
    "/api/advisers/?page_size=-1", "/api/advisers/99999999999999999999/", "/r/advisers/export.xlsx?unit=x",
    "/deadline/?start=0001-01-01&rule=penalty.decision", "/deadline/?start=9999-12-31&rule=penalty.decision",
])
def test_bad_query_parameters_do_not_crash(tree, users, login, adviser_factory, url):
    adviser_factory()
    assert login(users["office"]).get(url).status_code in (200, 400, 404)


def test_bad_api_bodies_are_400(tree, users, login):
    client = login(users["office"])
    assert client.post("/api/advisers/", "[1,2]", content_type="application/json").status_code == 400
    assert client.post("/api/advisers/", "{bad", content_type="application/json").status_code == 400


# -- actions and domain events --------------------------------------------------------------------
def test_renew_and_dismiss_record_domain_events(tree, users, login, adviser_factory):
    from fazhi.core.models import DomainEvent

    a = adviser_factory(unit=tree["town_a"])
    client = login(users["clerk_a"])
    page = client.post(f"/r/advisers/{a.pk}/act/renew/", {"new_end": "2026-01-01"}).content.decode()
    assert "应晚于当前聘期结束日" in page
    assert client.post(f"/r/advisers/{a.pk}/act/renew/", {"new_end": "2029-12-31", "note": "合同2027-3号"}).status_code == 302
    a.refresh_from_db()
    assert a.contract_end.isoformat() == "2029-12-31"
    response = client.post(f"/api/advisers/{a.pk}/act/dismiss/", {"on": "2026-06-30", "reason": "本人辞聘"},
                           content_type="application/json")
    assert response.status_code == 200 and response.json()["is_active"] is False
    events = list(DomainEvent.objects.filter(object_id=str(a.pk)).order_by("at", "id").values_list("event", flat=True))
    assert events == ["renew", "dismiss"]
    assert "解聘" in client.get(f"/r/advisers/{a.pk}/").content.decode()
    # not available any more, and never for someone outside the scope
    assert client.get(f"/r/advisers/{a.pk}/act/dismiss/").status_code == 404
    assert login(users["clerk_b"]).post(f"/r/advisers/{a.pk}/act/renew/", {"new_end": "2030-01-01"}).status_code == 404
    assert login(users["supervisor"]).post(f"/api/advisers/{a.pk}/act/renew/", {"new_end": "2030-01-01"},
                                           content_type="application/json").status_code == 404
