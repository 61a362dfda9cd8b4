"""Org tree, memberships and admin pages, attachments, login throttling."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.core.models import Attachment, ChangeLog, DomainEvent, Membership, OrgUnit
from fazhi.core.roles import Role

pytestmark = pytest.mark.django_db


def test_materialised_path_and_subtree(tree):
    county, town_a, village = tree["county"], tree["town_a"], tree["village"]
    assert village.path.startswith(town_a.path) and town_a.path.startswith(county.path)
    assert village.depth == town_a.depth + 1
    assert set(town_a.subtree()) == {town_a, village}
    assert list(village.ancestors()) == [tree["city"], county, town_a]


def test_moving_a_unit_rewrites_its_subtree(tree):
    town_a, town_b, village = tree["town_a"], tree["town_b"], tree["village"]
    town_a.parent = town_b
    town_a.save()
    village.refresh_from_db()
    assert village.path == f"{town_b.path}{town_a.pk:08d}/{village.pk:08d}/"
    assert village.depth == town_b.depth + 2


def test_unit_validation(tree):
    from django.core.exceptions import ValidationError

    bad = OrgUnit(name="新镇", kind=OrgUnit.Kind.TOWNSHIP, parent=tree["county"])
    with pytest.raises(ValidationError) as exc:
        bad.full_clean()
    assert "行政区划代码" in str(exc.value)
    cyc = tree["town_a"]
    cyc.parent = tree["village"]
    with pytest.raises(ValidationError, match="不能是本单位或其下级单位"):
        cyc.full_clean()
    dept = OrgUnit(name="县某局", kind=OrgUnit.Kind.DEPARTMENT, parent=tree["county"], uscc="914403001922038217")
    with pytest.raises(ValidationError, match="校验位"):
        dept.full_clean()


def test_admin_manages_org_units_and_memberships_in_scope(tree, users, login):
    client = login(users["admin"])
    response = client.post("/r/orgunits/new/", {"name": "西山镇", "kind": "township", "parent": tree["county"].pk,
                                                "division_code": "990101013", "sort_order": 0, "is_active": "on"})
    assert response.status_code == 302
    town = OrgUnit.objects.get(name="西山镇")
    assert town.path.startswith(tree["county"].path)
    response = client.post("/r/memberships/new/", {"user": users["nobody"].pk, "unit": town.pk, "role": "unit_clerk"})
    assert response.status_code == 302
    assert Membership.objects.filter(user=users["nobody"], unit=town).exists()
    # the city is outside the admin's county: neither pickable nor visible
    assert client.get(f"/r/orgunits/{tree['city'].pk}/edit/").status_code == 404
    page = client.get("/r/memberships/new/").content.decode()
    assert "示范市" not in page


def test_non_admin_cannot_open_admin_registers(tree, users, login):
    client = login(users["office"])  # a read-all role: may read who holds which role, not change it
    assert client.get("/r/memberships/").status_code == 200
    assert client.get("/r/memberships/new/").status_code == 404
    assert client.get("/r/orgunits/new/").status_code == 404
    assert login(users["clerk_a"]).get("/r/memberships/").status_code == 404
    assert client.get("/admin/users/").status_code == 404


def test_user_administration(tree, users, login):
    client = login(users["admin"])
    response = client.post("/admin/users/", {"username": "newclerk", "full_name": "新填报员", "password": "123",
                                             "is_active": "on"})
    assert "密码" in response.content.decode() and not get_user_model().objects.filter(username="newclerk").exists()
    response = client.post("/admin/users/", {"username": "newclerk", "full_name": "新填报员",
                                             "password": "Shifan-2025-xian", "is_active": "on"})
    assert response.status_code == 302
    user = get_user_model().objects.get(username="newclerk")
    assert user.check_password("Shifan-2025-xian")
    assert ChangeLog.objects.filter(object_id=str(user.pk), action="create", content_type__model="user").exists()
    # a reset by the administrator is recorded on the account (who, when; never the password)
    response = client.post(f"/admin/users/{user.pk}/", {"username": "newclerk", "full_name": "新填报员",
                                                        "password": "Chongzhi-2026-mima", "is_active": "on"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Chongzhi-2026-mima")
    event = DomainEvent.objects.get(object_id=str(user.pk), event="password_changed")
    assert event.user == users["admin"] and event.detail == {"by_self": False}
    assert "Chongzhi" not in str(event.detail)


def test_attachment_upload_checks_type_size_and_content(tree, users, login, adviser_factory, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    a = adviser_factory()
    client = login(users["clerk_a"])
    url = f"/r/advisers/{a.pk}/attachments/"
    pdf = SimpleUploadedFile("合同.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    client.post(url, {"file": pdf, "description": "聘用合同"})
    att = Attachment.objects.get()
    assert att.sha256 and att.size == 13 and att.original_name == "合同.pdf"
    exe = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(url, {"file": exe}, follow=True)
    assert "不支持的文件类型" in response.content.decode()
    fake = SimpleUploadedFile("fake.pdf", b"MZ not a pdf")
    response = client.post(url, {"file": fake}, follow=True)
    assert "文件内容与扩展名" in response.content.decode()
    settings.FAZHI = {**settings.FAZHI, "ATTACHMENT_MAX_BYTES": 10}
    big = SimpleUploadedFile("big.pdf", b"%PDF" + b"x" * 20)
    assert "文件过大" in client.post(url, {"file": big}, follow=True).content.decode()
    assert Attachment.objects.count() == 1
    download = client.get(f"/r/advisers/{a.pk}/attachments/{att.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 test"
    other = login(users["clerk_b"])
    assert other.get(f"/r/advisers/{a.pk}/attachments/{att.pk}/").status_code == 404


def test_login_throttling(tree, users, client, settings):
    settings.FAZHI = {**settings.FAZHI, "LOGIN_MAX_FAILURES": 3}
    from django.core.cache import caches

    cache = caches["shared"]
    cache.clear()
    for _ in range(3):
        page = client.post("/login/", {"username": "office", "password": "wrong"}).content.decode()
        assert "用户名或密码不正确" in page
    page = client.post("/login/", {"username": "office", "password": "Fz-test-pass-2025"}).content.decode()
    assert "登录失败次数过多" in page
    cache.clear()
    assert client.post("/login/", {"username": "office", "password": "Fz-test-pass-2025"}).status_code == 302


def test_request_id_header_and_csrf(tree, users, login):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(users["office"])
    response = client.get("/")
    assert response["X-Request-ID"]
    assert client.post("/r/advisers/new/", {}).status_code == 403


def test_calendar_admin_edit_is_used_immediately(tree, users, login):
    client = login(users["admin"])
    response = client.post("/r/calendar/new/", {"date": "2027-02-01", "is_workday": "", "name": "测试假日",
                                                "source": "国办发明电〔2026〕1号"})
    assert response.status_code == 302
    page = client.get("/deadline/?rule=reconsideration.examine&start=2027-01-29").content.decode()
    assert "2027年2月12日" in page


def test_roles_cover(tree):
    assert {r.value for r in Role} >= {"rule_of_law_office", "admin", "supervisor_readonly"}


def test_import_template_download(tree, users, login):
    from openpyxl import load_workbook

    response = login(users["clerk_a"]).get("/r/advisers/import/template.xlsx")
    header = [c.value for c in load_workbook(io.BytesIO(response.content)).active[1]]
    assert header[:3] == ["姓名", "层级", "服务单位"]
