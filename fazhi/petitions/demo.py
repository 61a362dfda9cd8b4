"""Demo 信访 of 示范县: about 150 matters a year at the county's 信访局-transferred units, townships and departments
— most told and concluded on time, a few late, some extended, a handful referred to 人民调解 and a few taken to
复查. History is bulk-loaded with due dates from rules.py; the last two months run through the steps."""

from __future__ import annotations

import datetime as dt

from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions, rules
from .models import Petition

SUBJECTS = [
    ("claim", "opinion", "反映征地补偿款发放不到位", "请求足额发放征地补偿款"),
    ("claim", "opinion", "反映小区供暖温度不达标", "请求协调供热企业整改并退还部分采暖费"),
    ("claim", "duty", "反映企业拖欠工资", "请求依法责令企业支付拖欠工资"),
    ("claim", "administrative", "对行政处罚决定不服", "请求撤销行政处罚决定"),
    ("claim", "opinion", "反映农村低保评定不公", "请求重新核定低保资格"),
    ("claim", "law", "反映民间借贷纠纷判决执行难", "请求法院加快执行"),
    ("suggestion", "", "建议增设城区公交线路", ""),
    ("accusation", "", "检举村干部违规处置集体资产", ""),
]
PER_YEAR = 150


def _petition(ctx: DemoContext, unit, received: dt.date) -> Petition:
    rng = ctx.rng
    category, route, subject, request = rng.choice(SUBJECTS)
    origin = rng.choices(["direct", "transferred", "assigned"], [55, 35, 10])[0]
    return Petition(unit=unit, received_on=received, channel=rng.choice(["letter", "visit", "online", "online", "phone"]),
                    origin=origin, category=category, route=route, petitioner=ctx.person_name(),
                    petitioner_phone=ctx.mobile(), subject=subject, request=request,
                    notice_due=rules.due("petitions.notice", received),
                    objection_due=rules.due("petitions.objection", received) if origin != "direct" else None)


@demo_step
def petitions(ctx: DemoContext) -> str:
    if Petition.objects.exists():
        return f"信访事项：已有 {Petition.objects.count()} 件"
    rng, today = ctx.rng, dt.date.today()
    units = [ctx.county, *ctx.townships, ctx.departments["县人力资源和社会保障局"]]
    weights = [3] + [2] * len(ctx.townships) + [2]
    recent_from = today - dt.timedelta(days=60)
    history, recent = [], []
    for year in (*ctx.years, today.year):
        for _ in range(PER_YEAR):
            received = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            if received > today:
                continue
            p = _petition(ctx, rng.choices(units, weights)[0], received)
            if received >= recent_from:
                recent.append(p)
                continue
            p.notified_on = received + dt.timedelta(days=rng.choice([1, 3, 7, 12, 14, 18]))
            p.accepted_on = p.notified_on
            if p.has_opinion_period:
                p.conclude_due = rules.due("petitions.conclude", p.accepted_on)
                if rng.random() < 0.06:
                    p.extended, p.extension_reason = True, "涉及多个部门，需联合调查核实"
                    p.conclude_due = rules.due("petitions.conclude", p.accepted_on, extended=True)
                days = rng.choice([20, 35, 45, 52, 58, 66]) if not p.extended else 80
                p.concluded_on = min(p.accepted_on + dt.timedelta(days=days), today)
                p.opinion = rng.choices(["support", "explain", "reject"], [45, 40, 15])[0]
                p.reply_served_on = min(p.concluded_on + dt.timedelta(days=3), today)
                if p.opinion == "reject" and rng.random() < 0.3:
                    p.review_requested_on = min(p.reply_served_on + dt.timedelta(days=rng.randint(5, 25)), today)
                    p.review_due = rules.due("petitions.review", p.review_requested_on)
                    if p.review_due < today:
                        p.reviewed_on, p.review_result = p.review_requested_on + dt.timedelta(days=25), "reject"
            else:
                p.concluded_on = min(p.accepted_on + dt.timedelta(days=rng.randint(10, 50)), today)
            history.append(p)
    Petition.objects.bulk_create(history, batch_size=1000)
    office = system_user()
    committee = _a_committee(ctx)
    for i, p in enumerate(recent):
        actions.register_petition(p, acting_user=office)
        try:
            actions.notify(p, on=by_today(p.received_on + dt.timedelta(days=rng.randint(1, 10))), acting_user=office)
            actions.accept(p, on=p.notified_on, acting_user=office)
            if committee is not None and p.category == "claim" and i % 7 == 0:
                actions.refer_to_mediation(p, on=p.accepted_on, committee=committee, other_party="示范县某建筑公司",
                                           consent=True, acting_user=office)
            elif p.has_opinion_period and rng.random() < 0.5:
                actions.conclude(p, on=by_today(p.accepted_on + dt.timedelta(days=rng.randint(10, 40))),
                                 opinion="explain", acting_user=office)
        except NotYet:
            pass
    return f"信访事项：新增 {len(history) + len(recent)} 件"


def _a_committee(ctx: DemoContext):
    from fazhi.mediation.models import Committee

    return Committee.objects.filter(unit__in=ctx.townships, dissolved_on__isnull=True).order_by("pk").first()
