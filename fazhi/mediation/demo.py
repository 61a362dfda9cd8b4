"""Demo 人民调解 for 示范县: a committee in every village and township, four sector committees under the 司法局,
three to five mediators each, and about 600 disputes a year since 2024 (about a fifth referred by the court before
litigation). History is bulk-loaded with due dates from rules.py; the last two months run through the actions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions, rules
from .models import Committee, Dispute, Mediator, Screening

SECTORS = ["医疗纠纷", "道路交通事故", "婚姻家庭", "劳动争议"]
TYPES = (["marriage_family"] * 5 + ["neighbourhood"] * 6 + ["labour"] * 3 + ["land"] * 4 + ["contract"] * 2
         + ["damages"] * 2 + ["traffic"] * 2 + ["medical", "property", "demolition", "other"])
SECTOR_TYPE = {"医疗纠纷": "medical", "道路交通事故": "traffic", "婚姻家庭": "marriage_family", "劳动争议": "labour"}
SUMMARIES = {
    "marriage_family": "因赡养老人费用分担发生争执", "neighbourhood": "因宅基地排水、通行发生邻里矛盾",
    "labour": "拖欠务工人员工资", "land": "土地承包经营权边界争议", "contract": "买卖合同货款纠纷",
    "damages": "牲畜毁损庄稼赔偿纠纷", "traffic": "交通事故人身损害赔偿", "medical": "医疗损害赔偿纠纷",
    "property": "物业服务费及维修纠纷", "demolition": "征地补偿款分配纠纷", "other": "其他民间纠纷",
}
PER_YEAR = {2024: 560, 2025: 610, 2026: 580}


def _committees(ctx: DemoContext) -> list[Committee]:
    start = dt.date(2018, 3, 1)
    wanted = [(v, f"{v.name}人民调解委员会", "village", "") for v in ctx.villages]
    wanted += [(t, f"{t.name}人民调解委员会", "township", "") for t in ctx.townships]
    justice = ctx.departments["县司法局"]
    wanted += [(justice, f"示范县{s}人民调解委员会", "sector", s) for s in SECTORS]
    out = []
    for unit, name, kind, sector in wanted:
        c, _ = Committee.objects.get_or_create(unit=unit, name=name, defaults=dict(
            kind=kind, sector=sector, established_on=start, phone="0471-" + str(ctx.rng.randint(2000000, 8999999))))
        out.append(c)
    return out


def _mediators(ctx: DemoContext, committees: list[Committee]) -> dict[int, list[Mediator]]:
    if not Mediator.objects.exists():
        rows = []
        for c in committees:
            n = {"village": 3, "township": 5, "sector": 4}[c.kind]
            for i in range(n):
                rows.append(Mediator(committee=c, name=ctx.person_name(), phone=ctx.mobile(),
                                     full_time=c.kind != "village" and i < 2,
                                     appointed_on=dt.date(2018 + ctx.rng.randint(0, 6), ctx.rng.randint(1, 12), 1)))
        Mediator.objects.bulk_create(rows)
    by_committee: dict[int, list[Mediator]] = {}
    for m in Mediator.objects.all():
        by_committee.setdefault(m.committee_id, []).append(m)
    return by_committee


def _dispute(ctx, committee, mediator, received: dt.date) -> Dispute:
    rng = ctx.rng
    kind = SECTOR_TYPE.get(committee.sector) or rng.choice(TYPES)
    source = rng.choices(["application", "screening", "court", "police", "petition"], [40, 25, 20, 10, 5])[0]
    return Dispute(committee=committee, mediator=mediator, received_on=received, source=source,
                   court="示范县人民法院" if source == "court" else "", dispute_type=kind,
                   applicant_name=ctx.person_name(), applicant_phone=ctx.mobile(), other_party=ctx.person_name(),
                   summary=SUMMARIES[kind], amount=Decimal(rng.randint(0, 80) * 500) or None,
                   conclude_due=rules.due("mediation.conclude", received))


def _screenings(ctx: DemoContext, today: dt.date) -> None:
    """Each township sweeps for disputes every month (矛盾纠纷排查)."""
    if Screening.objects.exists():
        return
    rng, rows = ctx.rng, []
    for year in PER_YEAR:
        for month in range(1, 13):
            for town in ctx.townships:
                day = dt.date(year, month, 5)
                if day <= today:
                    found = rng.randint(0, 6)
                    rows.append(Screening(unit=town, held_on=day, scope="重点排查土地、婚姻家庭、邻里纠纷",
                                          disputes_found=found, settled_on_spot=rng.randint(0, found)))
    Screening.objects.bulk_create(rows)


@demo_step
def mediation(ctx: DemoContext) -> str:
    _screenings(ctx, dt.date.today())
    committees = _committees(ctx)
    mediators = _mediators(ctx, committees)
    if Dispute.objects.exists():
        return f"人民调解：{len(committees)} 个调委会，已有 {Dispute.objects.count()} 件纠纷"
    rng, today = ctx.rng, dt.date.today()
    recent_from = today - dt.timedelta(days=60)
    history, recent = [], []
    weights = [8 if c.kind == "township" else 6 if c.kind == "sector" else 1 for c in committees]
    for year, n in PER_YEAR.items():
        for _ in range(n):
            received = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            if received > today:
                continue
            committee = rng.choices(committees, weights)[0]
            d = _dispute(ctx, committee, rng.choice(mediators[committee.pk]), received)
            if received >= recent_from:
                recent.append(d)
                continue
            d.concluded_on = received + dt.timedelta(days=rng.choice([2, 5, 9, 14, 20, 26, 35, 48]))
            d.concluded_on = min(d.concluded_on, today)
            d.result = rng.choices(["agreement", "failed", "withdrawn"], [94, 4, 2])[0]
            if d.result == "agreement":
                d.agreement_form = "written" if rng.random() < 0.8 else "oral"
                d.agreement_effective_on = d.concluded_on
                d.agreement_amount = d.amount
                d.confirmation_due = rules.due("mediation.judicial_confirmation", d.concluded_on)
                if rng.random() < 0.08:
                    d.confirmation_intended = True
                    d.confirmation_applied_on = min(d.concluded_on + dt.timedelta(days=rng.randint(1, 20)), today)
                    d.confirmation_court = "示范县人民法院"
                    d.confirmation_result = "valid"
            history.append(d)
    Dispute.objects.bulk_create(history, batch_size=1000)
    for d in recent:
        actions.register_dispute(d, acting_user=system_user())
        try:
            if rng.random() < 0.6:
                on = by_today(d.received_on + dt.timedelta(days=rng.randint(3, 25)))
                actions.conclude(d, on=on, result="agreement", agreement_form="written",
                                 agreement_amount=d.amount, agreement_effective_on=on,
                                 confirmation_intended=rng.random() < 0.3, acting_user=system_user())
        except NotYet:
            pass
    return f"人民调解：{len(committees)} 个调委会，新增 {len(history) + len(recent)} 件纠纷"
