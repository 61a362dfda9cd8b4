"""The contract every register keeps, run over the whole registry (NetBox's per-model view tests are the model).

The demo data (`fazhi demo`) is loaded once for this module inside a transaction that is rolled back at the end;
each test runs in a savepoint of it. A register added later is covered here without writing a test: it only has
to give the demo at least one record.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, models, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from fazhi.core import scoping
from fazhi.core.models import DomainEvent
from fazhi.core.registers import registry

SLUGS = sorted(registry)
HOSTILE = {"true": True, "object": {"a": 1}, "list of objects": [{"a": 1}], "nul": "a\x00b", "long": "长" * 100_000}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=io.StringIO())
        get_user_model().objects.create_superuser("contract-root", password="x")
        # PostgreSQL: the demo's deferred foreign-key checks, run now; else every test's teardown (which checks the
        # constraints, then rolls back to before its own writes) would run all of them again — half a second a test
        connection.check_constraints()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def root(demo, db):
    client = Client()
    client.force_login(get_user_model().objects.get(username="contract-root"))
    return client


def _reg_and_obj(slug):
    reg = registry[slug]
    return reg, reg.base_queryset().order_by("pk").first()


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _no_5xx(response, what: str):
    assert response.status_code < 500, f"{what}: {response.status_code}"
    return response


@pytest.mark.parametrize("slug", SLUGS)
def test_every_page_and_endpoint_answers(slug, root):
    reg, obj = _reg_and_obj(slug)
    assert obj is not None, f"the demo has no {reg.label}: give the register demo data"
    base = f"/r/{slug}/"
    export = root.get(f"{base}export.xlsx", follow=True)  # a file, or a job page with the file when it is large
    assert export.status_code == 200 and (export.get("Content-Disposition") or "job-download" in export.content.decode())
    for url in [base, f"{base}?q=测试", f"{base}?sort=-pk&page=2", f"{base}?page=abc", f"{base}{obj.pk}/",
                f"{base}new/", f"{base}{obj.pk}/edit/", f"/api/{slug}/",
                f"/api/{slug}/{obj.pk}/", f"/api/{slug}/?page=0", f"/api/{slug}/?page_size=x"]:
        response = _no_5xx(root.get(url), url)
        assert response.status_code in (200, 400), f"{url}: {response.status_code}"
    if reg.import_enabled:
        assert root.get(f"{base}import/template.xlsx").status_code == 200
        assert root.get(f"{base}import/").status_code == 200


@pytest.mark.parametrize("slug", SLUGS)
def test_malformed_and_unknown_ids_are_404(slug, root):
    for method, url in [("get", f"/r/{slug}/abc/"), ("get", f"/r/{slug}/999999999/"),
                        ("get", f"/r/{slug}/99999999999999999999999/"), ("get", f"/api/{slug}/null/"),
                        ("post", f"/api/{slug}/null/act/x/"), ("post", f"/api/{slug}/999999999/act/x/"),
                        ("delete", f"/api/{slug}/abc/"), ("patch", f"/api/{slug}/1e3/")]:
        response = root.generic(method.upper(), url, "{}", content_type="application/json")
        assert response.status_code == 404, f"{method.upper()} {url}: {response.status_code}"


@pytest.mark.parametrize("slug", SLUGS)
def test_hostile_bodies_get_4xx(slug, root):
    reg, obj = _reg_and_obj(slug)
    api = f"/api/{slug}/"
    assert root.post(api, "[1, 2]", content_type="application/json").status_code == 400
    assert root.post(api, "{not json", content_type="application/json").status_code == 400
    kinds = list(HOSTILE.items())
    for i, name in enumerate(reg.fields):  # each field meets one kind of hostile value, in turn
        kind, value = kinds[i % len(kinds)]
        if kind == "true" and isinstance(reg.field(name), models.BooleanField):
            kind, value = kinds[1]  # true is the right answer to a yes/no field
        response = root.post(api, json.dumps({name: value}), content_type="application/json")
        assert 400 <= response.status_code < 500, f"post {name}={kind}: {response.status_code}"
    for kind, value in kinds:  # and every field at once, on create and on edit
        body = {n: value for n in reg.fields if not (kind == "true" and isinstance(reg.field(n), models.BooleanField))}
        for method, url in [("post", api), ("patch", f"{api}{obj.pk}/")]:
            response = getattr(root, method)(url, json.dumps(body), content_type="application/json")
            assert 400 <= response.status_code < 500, f"{method} all={kind}: {response.status_code}"
    for spec in reg.actions_for(get_user_model().objects.get(username="contract-root"), obj):
        form_fields = reg.form_for(spec, obj)().fields
        for kind, value in HOSTILE.items():
            fields = [n for n, f in form_fields.items()
                      if kind != "true" or not isinstance(f, forms.BooleanField)]
            if not fields:
                continue  # a step without fields (a confirmation) ignores any body
            body = json.dumps(dict.fromkeys(fields, value))
            response = root.post(f"{api}{obj.pk}/act/{spec.name}/", body, content_type="application/json")
            assert 400 <= response.status_code < 500, f"{spec.name} {kind}: {response.status_code}"


@pytest.mark.parametrize("slug", SLUGS)
def test_available_steps_open_on_page_and_refuse_an_empty_body_in_chinese(slug, root):
    reg, _ = _reg_and_obj(slug)
    user = get_user_model().objects.get(username="contract-root")
    seen = set()
    for obj in reg.base_queryset().order_by("pk")[:40]:
        for spec in reg.actions_for(user, obj):
            if spec.name in seen:
                continue
            seen.add(spec.name)
            assert root.get(f"/r/{slug}/{obj.pk}/act/{spec.name}/").status_code == 200
            response = _no_5xx(root.post(f"/api/{slug}/{obj.pk}/act/{spec.name}/", "{}",
                                         content_type="application/json"), spec.name)
            if response.status_code == 400:
                messages = [m for ms in response.json().values() for m in ms]
                assert messages and all(any("\u4e00" <= ch <= "\u9fff" for ch in m) for m in messages), messages


def _form_data(reg, obj) -> dict:
    form = reg.make_form(get_user_model().objects.get(username="contract-root"), instance=obj)
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return data


@pytest.mark.parametrize("slug", SLUGS)
def test_edit_form_round_trip_saves_unchanged(slug, root):
    reg, obj = _reg_and_obj(slug)
    response = root.post(f"/r/{slug}/{obj.pk}/edit/", _form_data(reg, obj))
    page = response.content.decode()
    field_errors = re.findall(r'field-error">([^<]+)<', page)
    refusals = re.findall(r'alert-danger">([^<]+)<', page)  # a rule of the record, above the fields
    assert response.status_code == 302 or (not field_errors and refusals), field_errors or page[:2000]


@pytest.mark.parametrize("slug", SLUGS)
def test_delete_answers_204_or_409_and_referenced_records_stay(slug, root):
    reg, obj = _reg_and_obj(slug)
    protected = [rel for rel in reg.model._meta.related_objects
                 if rel.on_delete in (models.PROTECT, models.RESTRICT) and not rel.many_to_many]
    referenced = None
    for rel in protected:
        referenced = reg.base_queryset().filter(**{f"{rel.name}__isnull": False}).first()
        if referenced is not None:
            break
    for target in [t for t in (referenced, obj) if t is not None]:
        with transaction.atomic():
            response = root.delete(f"/api/{slug}/{target.pk}/")
            assert response.status_code in (204, 409), f"{target}: {response.status_code}"
            if response.status_code == 409:
                assert reg.model.objects.filter(pk=target.pk).exists()
                assert any("\u4e00" <= ch <= "\u9fff" for m in response.json().values() for ch in "".join(m))
            transaction.set_rollback(True)
        if referenced is not None and target is referenced and registry[slug].deletable(target):
            assert response.status_code == 409, "a referenced record was deleted"


@pytest.mark.parametrize("slug", SLUGS)
def test_other_units_records_are_404(slug, demo, db):
    reg = registry[slug]
    for user in get_user_model().objects.filter(is_superuser=False, memberships__isnull=False).distinct():
        if not reg.user_can(user, "view"):
            continue
        hidden = reg.base_queryset().exclude(pk__in=reg.queryset(user).values("pk")).order_by("pk").first()
        if hidden is None:
            continue
        client = _client(user)
        for method, url in [("get", f"/r/{slug}/{hidden.pk}/"), ("get", f"/r/{slug}/{hidden.pk}/edit/"),
                            ("post", f"/r/{slug}/{hidden.pk}/delete/"), ("get", f"/api/{slug}/{hidden.pk}/"),
                            ("delete", f"/api/{slug}/{hidden.pk}/")]:
            assert getattr(client, method)(url).status_code == 404, f"{user} {method} {url}"
        return
    pytest.skip("no demo user is limited to part of this register")


MASKED = [slug for slug in SLUGS if registry[slug].masked]


@pytest.mark.parametrize("slug", MASKED)
def test_masked_fields_stay_masked_on_every_surface(slug, demo, db):
    reg = registry[slug]
    for user in get_user_model().objects.filter(is_superuser=False, memberships__isnull=False).distinct():
        for obj in reg.queryset(user).order_by("pk")[:20]:
            secrets = {n: str(getattr(obj, n)) for n in reg.masked if getattr(obj, n)}
            if not secrets or reg.may_unmask(user, obj):
                continue
            client = _client(user)
            pages = [client.get(f"/r/{slug}/{obj.pk}/").content.decode(),
                     client.get(f"/r/{slug}/?q=").content.decode(),
                     client.get(f"/api/{slug}/{obj.pk}/").content.decode()]
            if scoping.can(user, "change", obj):
                pages.append(client.get(f"/r/{slug}/{obj.pk}/edit/").content.decode())
                patch = client.patch(f"/api/{slug}/{obj.pk}/", json.dumps(dict.fromkeys(secrets, "13800000000")),
                                     content_type="application/json")
                assert patch.status_code < 500
                obj.refresh_from_db()
                assert {n: str(getattr(obj, n)) for n in secrets} == secrets, "a masked value was overwritten"
            export = client.get(f"/r/{slug}/export.xlsx").content
            for name, value in secrets.items():
                for page in pages:
                    assert value not in page, f"{name} shown in clear to {user}"
                assert value.encode() not in export or not _xlsx_has(export, value)
            return
    pytest.skip("no demo user sees this register's personal data without the right to unmask it")


def _xlsx_has(data: bytes, value: str) -> bool:
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(data), read_only=True).active
    return any(value == str(cell) for row in ws.iter_rows(values_only=True) for cell in row if cell is not None)


@pytest.mark.parametrize("slug", SLUGS)
def test_list_queries_do_not_grow_with_rows(slug, root, monkeypatch):
    reg = registry[slug]
    if reg.base_queryset().count() < 10:
        pytest.skip("the demo has fewer than 10 records of this register")  # the bound below is checked by the rest
    root.get(f"/r/{slug}/")  # warm the per-process caches (working-day calendar) first
    counts = []
    for size in (4, 10):
        monkeypatch.setattr(reg, "page_size", size)
        with CaptureQueriesContext(connection) as ctx:
            assert root.get(f"/r/{slug}/").status_code == 200
        counts.append([re.sub(r"'[^']*'|\d+", "?", q["sql"])[:300] for q in ctx.captured_queries])
    extra = [q for q in counts[1] if counts[1].count(q) > counts[0].count(q)]
    assert len(counts[0]) == len(counts[1]), "\n".join(dict.fromkeys(extra))
    assert len(counts[1]) <= 12, "a list page makes a small constant number of queries:\n" + "\n".join(counts[1])


def test_every_step_records_its_event_with_the_acting_user(demo, db):
    """Any step taken through the page is attributed: one event, by that user, with its declared basis."""
    root_user = get_user_model().objects.get(username="contract-root")
    client = _client(root_user)
    before = DomainEvent.objects.count()
    reg = registry["disputes"]
    obj = reg.base_queryset().filter(concluded_on=None).first()
    response = client.post(f"/r/disputes/{obj.pk}/act/conclude/", {"on": obj.received_on.isoformat(),
                                                                   "result": "failed"})
    assert response.status_code == 302
    event = DomainEvent.objects.order_by("-pk").first()
    assert DomainEvent.objects.count() == before + 1
    assert (event.user, event.event, event.source) == (root_user, "conclude", "web")
    assert "concluded_on" in event.changed and event.basis


DATED = [slug for slug in SLUGS if registry[slug].model.date_order]


@pytest.mark.parametrize("slug", DATED)
def test_dates_out_of_order_are_refused_on_the_form(slug, root):
    import datetime as dt

    reg, obj = _reg_and_obj(slug)
    for earlier, later in reg.model.date_order:
        if earlier not in reg.fields or later not in reg.fields:
            continue
        data = _form_data(reg, obj)
        data[earlier] = "2024-06-10"
        data[later] = (dt.date(2024, 6, 10) - dt.timedelta(days=1)).isoformat()
        page = root.post(f"/r/{slug}/{obj.pk}/edit/", data).content.decode()
        label = reg.verbose(later)
        assert f"{label}不能早于{reg.verbose(earlier)}" in page, (earlier, later)


@pytest.mark.parametrize("slug", SLUGS)
def test_export_imported_back_changes_nothing(slug, root):
    """A register's own export, imported back: "更新" leaves every count and record as it was; "新增" refuses
    each row as an existing record, naming it, and writes nothing."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from fazhi.core.registers import excel

    reg = registry[slug]
    if not reg.import_enabled:
        pytest.skip(f"{reg.label}不支持导入")
    user = get_user_model().objects.get(username="contract-root")
    qs = reg.queryset(user)
    before = qs.count()
    if not before:
        pytest.skip(f"演示数据中没有{reg.label}")
    exported = excel.export_workbook(reg, user, qs.order_by("pk")[:25])  # a sample of the ledger keeps this quick
    stats: dict = {}
    count, errors = excel.import_workbook(reg, user, SimpleUploadedFile("台账.xlsx", exported), update=True,
                                          stats=stats)
    assert not errors, [(e.row, e.column, e.message) for e in errors[:5]]
    assert (qs.count(), stats["created"], stats["updated"]) == (before, 0, 0), stats
    count, errors = excel.import_workbook(reg, user, SimpleUploadedFile("台账.xlsx", exported))
    assert count == 0 and qs.count() == before
    assert errors and all("已有的记录" in e.message for e in errors)
