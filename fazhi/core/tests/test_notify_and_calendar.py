"""Deadlines that reach people: the daily digest in the inbox, by e-mail (a local SMTP sink) and webhook (a local
HTTP sink) with retries; the calendar past 2026; entering a year's notice moves stored due dates, audited and told."""

import datetime as dt
import json

import pytest

from fazhi.core import holidays, notify, tasks
from fazhi.core.models import CalendarDay, CalendarYear, ChangeLog, Delivery, DomainEvent, Notification
from fazhi.core.tests.sinks import SMTPSink, WebhookSink
from fazhi.litigation.models import LitigationCase

D = dt.date.fromisoformat


@pytest.fixture
def case(tree, users):
    """A case served on 17 December 2026: defence due 15 days later, 1 January 2027 (元旦) → Monday 4 January."""
    from fazhi.core import rules
    from fazhi.core.models import Membership
    from fazhi.core.roles import Role

    Membership.objects.create(user=users["office"], unit=tree["county"], role=Role.RECONSIDERATION_OFFICER)
    served = D("2026-12-17")  # after today in the demo's calendar: stored as the step would store it
    return LitigationCase.objects.create(unit=tree["county"], court="示范县人民法院", case_number="（2026）示0101行初5号",
                                         plaintiff_type="person", plaintiff_name="张三", cause="行政处罚",
                                         served_on=served, defence_due=rules.due("litigation.defence", served))


def test_the_statutory_days_agree_with_the_official_years():
    import chinese_calendar

    for year in (2025, 2026):  # the years chinesecalendar holds the State Council notices for
        days = holidays.statutory_days(year)
        assert len(days) >= 11 and all(chinese_calendar.is_holiday(d) for d in days), year
    assert {D("2027-02-05"), D("2027-02-06"), D("2027-02-08"), D("2027-10-01")} <= set(holidays.statutory_days(2027))


def test_a_due_date_in_a_provisional_year_is_flagged_and_moves_when_the_notice_is_entered(case, users, login):
    assert case.defence_due == D("2027-01-04")
    page = login(users["office"]).get(f"/r/litigation/{case.pk}/").content.decode()
    assert "暂定" in page
    year = CalendarYear.objects.get(year=2027)
    assert year.provisional
    admin = login(users["admin"])
    bad = admin.post(f"/r/calendar-years/{year.pk}/act/notice/", {"notice": "x", "holidays": "2027-13-01 元旦"})
    assert "第1行“2027-13-01 元旦”无法识别" in bad.content.decode()
    # a (hypothetical) notice that also gives Monday 4 January off
    response = admin.post(f"/r/calendar-years/{year.pk}/act/notice/", {
        "notice": "国办发明电〔2026〕9号", "holidays": "2027-01-01至2027-01-04 元旦\n2027-02-05至2027-02-11 春节",
        "workdays": "2027-02-14 春节调休上班"})
    assert response.status_code == 302
    year.refresh_from_db()
    assert not year.provisional and year.source == "国办发明电〔2026〕9号"
    case.refresh_from_db()
    assert case.defence_due == D("2027-01-05")
    moved = DomainEvent.objects.get(event="due_moved", object_id=str(case.pk))
    assert moved.user == users["admin"] and moved.detail["to"] == "2027-01-05"
    assert ChangeLog.objects.filter(object_id=str(case.pk), action="update", user=users["admin"]).exists()
    notice = Notification.objects.get(user=users["office"], kind="due_moved")
    assert "2027-01-04调整为2027-01-05" in notice.body
    assert "暂定" not in login(users["office"]).get(f"/r/litigation/{case.pk}/").content.decode()


def test_the_holidays_package_is_offered_as_the_source_of_an_update(users, login):
    year = CalendarYear.objects.get(year=2026)
    CalendarDay.objects.filter(date=D("2026-10-07")).delete()
    page = login(users["admin"]).post(f"/r/calendar-years/{year.pk}/act/update-from-package/", {"confirm": "on"},
                                      follow=True).content.decode()
    assert "已办理" in page and CalendarDay.objects.get(date=D("2026-10-07")).is_workday is False
    assert CalendarDay.objects.get(date=D("2026-10-10")).is_workday  # a working Saturday of the notice
    later = CalendarYear.objects.get(year=2028)
    page = login(users["admin"]).post(f"/r/calendar-years/{later.pk}/act/update-from-package/", {"confirm": "on"})
    assert "还没有2028年的正式放假安排" in page.content.decode()


def test_a_deadline_due_tomorrow_reaches_the_inbox_the_mail_sink_and_the_webhook(case, users, settings, login):
    smtp, hook = SMTPSink(), WebhookSink(fail_first=1)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp.port
    settings.FAZHI = {**settings.FAZHI, "WEBHOOK_URL": hook.url}
    office = users["office"]
    office.email = "office@example.gov.cn"
    office.save()
    client = login(office)
    assert client.post("/inbox/settings/", {"digest": "on", "due_within": "3", "email": "on", "webhook": "on",
                                             "webhook_recipient": "13800000000"}).status_code == 302
    note = notify.digest_for(office, today=D("2026-12-31"))
    assert note is not None and "1项将于3个工作日内到期" in note.title and "被告提交答辩状和证据" in note.body
    assert "第六十七条" in note.body  # the legal basis beside the deadline
    assert len(smtp.messages) == 1 and "office@example.gov.cn" in smtp.messages[0]
    webhook = Delivery.objects.get(channel="webhook")
    assert webhook.status == "pending" and webhook.attempts == 1 and "503" in webhook.last_error  # failed once
    notify.retry_pending()
    webhook.refresh_from_db()
    assert webhook.status == "sent" and webhook.attempts == 2
    payload = json.loads(hook.bodies[0])
    assert payload["to"] == "13800000000" and "期限提醒" in payload["text"]["content"]
    page = client.get("/").content.decode()
    assert 'id="unread-badge">1<' in page
    client.post("/inbox/", {})
    assert not Notification.objects.filter(user=office, read_at=None).exists()
    smtp.shutdown()
    hook.shutdown()


def test_a_delivery_that_keeps_failing_is_kept_as_failed(case, users, settings):
    settings.FAZHI = {**settings.FAZHI, "WEBHOOK_URL": "http://127.0.0.1:9/unreachable", "DELIVERY_RETRIES": 2}
    from fazhi.core.models import NotificationSettings

    NotificationSettings.objects.create(user=users["office"], webhook=True, webhook_recipient="x")
    notify.notify(users["office"], "system", "测试")
    for _ in range(3):
        notify.retry_pending()
    delivery = Delivery.objects.get()
    assert delivery.status == "failed" and delivery.attempts == 3 and delivery.last_error


def test_all_my_deadlines_filters_exports_and_closes_with_a_reason(case, users, login):
    client = login(users["office"])
    page = client.get("/deadlines/?register=litigation").content.decode()
    assert "被告提交答辩状和证据" in page and "第六十七条" in page
    assert "被告提交答辩状和证据" not in client.get("/deadlines/?until=2026-12-31").content.decode()
    export = client.get("/deadlines/export.xlsx?register=litigation")
    assert "attachment; filename*=UTF-8''" in export["Content-Disposition"]
    refused = client.post("/deadlines/close/", {"register": "litigation", "pk": case.pk, "due_field": "defence_due",
                                                "reason": "x"}, follow=True).content.decode()
    assert "请写明关闭的理由" in refused
    client.post("/deadlines/close/", {"register": "litigation", "pk": case.pk, "due_field": "defence_due",
                                      "reason": "原告已撤诉，记录未及时登记"})
    assert "被告提交答辩状和证据" not in client.get("/deadlines/?register=litigation").content.decode()
    event = DomainEvent.objects.get(event="close_deadline")
    assert event.user == users["office"] and event.detail["reason"] == "原告已撤诉，记录未及时登记"
    assert login(users["clerk_b"]).post("/deadlines/close/", {"register": "litigation", "pk": case.pk,
                                                              "due_field": "defence_due", "reason": "越权关闭"}
                                        ).status_code == 404


def test_from_november_the_administrators_are_asked_for_next_years_notice(users):
    tasks.calendar_check.call_local(today=D("2026-11-01"))
    note = Notification.objects.get(user=users["admin"])
    assert note.title == "请录入2027年的国务院办公厅放假通知"
    tasks.calendar_check.call_local(today=D("2026-11-01"))
    assert Notification.objects.filter(user=users["admin"]).count() == 1  # once a week at most
    tasks.calendar_check.call_local(today=D("2026-10-15"))
    assert Notification.objects.count() == 1


def test_a_step_that_puts_a_record_on_someones_list_tells_them(tree, users, login):
    clerk = login(users["clerk_a"])
    response = clerk.post("/r/reported-values/new/", {"key": "services.items", "unit": tree["town_a"].pk,
                                                      "period": "2025", "value": "120", "evidence": "政务服务平台统计"})
    assert response.status_code == 302, response.content.decode()[-1500:]
    value_pk = response["Location"].rstrip("/").split("/")[-1]
    assert clerk.post(f"/r/reported-values/{value_pk}/act/submit/", {"confirm": "on"}).status_code == 302
    note = Notification.objects.get(user=users["office"], kind="assigned")
    assert note.title == "待办：待审核的填报指标" and note.url == f"/r/reported-values/{value_pk}/"
    assert not Notification.objects.filter(user=users["clerk_a"], kind="assigned").exists()  # not the actor
