"""Demo 公共法律服务 for 示范县: a county centre, a station in every township and a room in every village; about 300
legal-aid cases a year (four in ten notified criminal defences), some 230 notarisations and 1,600 people advised a year.
History is bulk-loaded with due dates from rules.py; the last month runs through the actions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions, rules
from .models import Consultation, LegalAidCase, Notarization, Station

YEARS = (2024, 2025, 2026)
FIRMS = ["示范县法律援助中心", "示范县正义律师事务所", "示范县公平律师事务所"]
CIVIL = ["wages", "wages", "work_injury", "family", "traffic", "social", "other"]


def _stations(ctx: DemoContext) -> int:
    if Station.objects.exists():
        return Station.objects.count()
    rows = [Station(unit=ctx.departments["县司法局"], name="示范县公共法律服务中心", level="centre",
                    opened_on=dt.date(2019, 6, 1), staff=12)]
    rows += [Station(unit=t, name=f"{t.name}公共法律服务工作站", level="station", opened_on=dt.date(2020, 3, 1), staff=3)
             for t in ctx.townships]
    rows += [Station(unit=v, name=f"{v.name}公共法律服务工作室", level="room",
                     opened_on=dt.date(2021 + ctx.rng.randint(0, 3), 5, 1), staff=1) for v in ctx.villages]
    Station.objects.bulk_create(rows)
    return len(rows)


def _aid_case(ctx, unit, received: dt.date) -> LegalAidCase:
    rng = ctx.rng
    notified = rng.random() < 0.4
    case = LegalAidCase(unit=unit, received_on=received, applicant_name=ctx.person_name(), applicant_phone=ctx.mobile())
    if notified:
        case.origin, case.category, case.matter = "notified", "criminal", "defence"
        case.notifying_body = rng.choice(["示范县人民法院", "示范县人民检察院", "示范县公安局"])
    else:
        case.origin = "application"
        case.matter = rng.choice(CIVIL)
        case.category = "non_litigation" if case.matter == "wages" and rng.random() < 0.3 else "civil"
    case.summary = case.get_matter_display()
    return case


def _legal_aid(ctx: DemoContext, today: dt.date) -> int:
    rng = ctx.rng
    unit = ctx.departments["县司法局"]
    history, recent = [], []
    for year in YEARS:
        for _ in range(300):
            received = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            if received > today:
                continue
            case = _aid_case(ctx, unit, received)
            if received > today - dt.timedelta(days=30):
                recent.append(case)
                continue
            if case.origin == "notified":
                case.decision, case.decided_on = "grant", received
                case.assign_due = rules.due("legal_aid.assign_notified", received)
            else:
                case.decide_due = rules.due("legal_aid.decide", received)
                case.decided_on = received + dt.timedelta(days=rng.choice([1, 2, 3, 5, 6, 7, 7, 9]))
                case.decision = "grant" if rng.random() < 0.93 else "refuse"
                if case.decision == "refuse":
                    case.refusal_reason = "申请人经济状况不符合法律援助条件"
                else:
                    case.assign_due = rules.due("legal_aid.assign", case.decided_on)
            if case.decision == "grant":
                case.assigned_on = case.decided_on + dt.timedelta(days=rng.randint(0, 3))
                case.lawyer, case.law_firm = ctx.person_name(), rng.choice(FIRMS)
                closed = case.assigned_on + dt.timedelta(days=rng.randint(20, 200))
                if closed <= today:
                    case.closed_on = closed
                    case.closing = rng.choice(["judgment", "judgment", "mediation", "withdrawn"])
                    if case.closing != "withdrawn" and rng.random() < 0.4:  # wages, compensation recovered
                        case.amount_recovered = Decimal(rng.randint(20, 400) * 100)
            history.append(case)
    LegalAidCase.objects.bulk_create(history, batch_size=1000)
    for case in recent:
        actions.register_case(case, acting_user=system_user())
        try:
            if case.origin == "application":
                actions.decide(case, on=by_today(case.received_on + dt.timedelta(days=rng.randint(1, 6))),
                               decision="grant", acting_user=system_user())
            if rng.random() < 0.7:
                actions.assign(case, on=by_today(case.decided_on + dt.timedelta(days=rng.randint(0, 2))),
                               lawyer=ctx.person_name(), law_firm=rng.choice(FIRMS), acting_user=system_user())
        except NotYet:
            pass
    return len(history) + len(recent)


def _notarizations(ctx: DemoContext, today: dt.date) -> int:
    rng, unit, rows = ctx.rng, ctx.departments["县司法局"], []
    for year in YEARS:
        for n in range(1, 231):
            accepted = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 360))
            if accepted > today:
                continue
            issued = accepted + dt.timedelta(days=rng.randint(1, 15))
            foreign = rng.random() < 0.15
            rows.append(Notarization(
                unit=unit, accepted_on=accepted, scope="foreign" if foreign else "domestic",
                matter=rng.choice(["certificate", "certificate", "inheritance", "power_of_attorney", "declaration",
                                   "contract", "evidence"]),
                applicant_name=ctx.person_name(), certificate_number=f"（{year}）示证字第{n}号" if issued <= today else "",
                issued_on=issued if issued <= today else None))
    Notarization.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def _consultations(ctx: DemoContext, today: dt.date) -> int:
    rng, rows = ctx.rng, []
    units = [ctx.departments["县司法局"]] * 4 + ctx.townships
    day = dt.date(YEARS[0], 1, 2)
    while day <= today:
        if day.weekday() < 5:
            for _ in range(rng.randint(1, 5)):
                rows.append(Consultation(unit=rng.choice(units), on=day,
                                         channel=rng.choice(["hotline", "on_site", "on_site", "online"]),
                                         topic=rng.choice(Consultation.Topic.values), people=rng.choice([1, 1, 1, 2, 3]),
                                         documents_drafted=1 if rng.random() < 0.15 else 0,
                                         answered_by=ctx.person_name()))
        day += dt.timedelta(days=1)
    Consultation.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


@demo_step
def legalservices(ctx: DemoContext) -> str:
    stations = _stations(ctx)
    if LegalAidCase.objects.exists():
        return f"公共法律服务：{stations} 个站点，已有法律援助案件 {LegalAidCase.objects.count()} 件"
    today = dt.date.today()
    aid = _legal_aid(ctx, today)
    notary = _notarizations(ctx, today)
    advice = _consultations(ctx, today)
    return f"公共法律服务：{stations} 个站点，法律援助 {aid} 件，公证 {notary} 件，咨询记录 {advice} 条"
