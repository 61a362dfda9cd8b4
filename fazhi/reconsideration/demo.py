"""Demo 行政复议 cases for 示范县, 2022 to this year, run through the real action functions.

Volumes and proportions follow the sample reports: some 30–60 applications a year, most accepted
and concluded on time, a few corrected first or rejected, a handful pending at year end, and this
year's open cases with deadlines coming due.
"""

import datetime as dt
from decimal import Decimal

from fazhi.core.demo import DemoContext, citizen_id, demo_step
from fazhi.core.models import PartyType
from fazhi.core.steps import system_user

from . import actions, rules
from .models import Application, OpinionLetter

A = Application
ACTS = [
    (A.ActType.PENALTY, "行政处罚决定书（罚款）", True),
    (A.ActType.PENALTY, "当场处罚决定书（警告、罚款200元）", True),
    (A.ActType.DISCLOSURE, "政府信息公开申请答复", False),
    (A.ActType.NONPERFORMANCE, "未履行查处违法建设的法定职责", False),
    (A.ActType.RESOURCE_TITLE, "土地承包经营权确认决定", False),
    (A.ActType.WORK_INJURY, "不予认定工伤决定书", False),
    (A.ActType.LICENSING, "不予行政许可决定书", False),
    (A.ActType.COERCION, "查封、扣押决定书", False),
    (A.ActType.EXPROPRIATION, "房屋征收补偿决定", False),
]
RESPONDENTS = ["县市场监督管理局", "县公安局", "县自然资源局", "县人力资源和社会保障局", "县城市管理综合执法局",
               "县住房和城乡建设局", "县生态环境局", "县交通运输局"]
DECISIONS = ([A.Decision.UPHOLD] * 10 + [A.Decision.DISMISS] * 3 + [A.Decision.REVOKE] * 2
             + [A.Decision.DECLARE_UNLAWFUL] * 2 + [A.Decision.VARY, A.Decision.ORDER_PERFORMANCE]
             + [A.Decision.MEDIATION] * 2 + [A.Decision.SETTLEMENT] * 2 + [A.Decision.DISMISS_APPLICATION])
PER_YEAR = {2022: 38, 2023: 45, 2024: 52, 2025: 47}


def _wd_after(day: dt.date, n: int) -> dt.date:
    from fazhi.core import calendar

    return calendar.add_working_days(day, n)


def _case(ctx: DemoContext, year: int, seq: int, received: dt.date, today: dt.date) -> Application | None:
    number = f"示复〔{year}〕{seq}号"
    if Application.objects.filter(unit=ctx.county, case_number=number).exists():
        return None
    rng = ctx.rng
    act_type, act_text, spot = rng.choice(ACTS)
    person = rng.random() < 0.8
    app = Application(
        unit=ctx.county, case_number=number,
        applicant_type=PartyType.PERSON if person else PartyType.ORGANISATION,
        applicant_name=ctx.person_name() if person else rng.choice(["示范县兴农合作社", "示范县宏达建材有限公司",
                                                                    "示范县惠民超市"]),
        applicant_id_number=citizen_id(rng) if person else "",
        applicant_uscc="" if person else _org_code(rng),
        applicant_phone=ctx.mobile(),
        respondent_unit=ctx.departments[rng.choice(RESPONDENTS)],
        act_type=act_type, act_description=act_text,
        act_amount=Decimal(rng.choice([200, 500, 2000, 5000, 20000])) if act_type == A.ActType.PENALTY else None,
        act_on_the_spot=spot and "当场" in act_text,
        act_date=received - dt.timedelta(days=rng.randint(10, 70)),
        received_on=received, channel=rng.choice(A.Channel.values), requests="请求撤销该行政行为。",
    )
    app.known_on = app.act_date + dt.timedelta(days=rng.randint(0, 5))
    actions.receive(app, acting_user=system_user())
    roll = rng.random()
    if roll < 0.08:  # rejected within the examination period
        if app.examination_due <= today:
            actions.reject(app, on=_wd_after(received, rng.randint(1, 4)), reason="不属于行政复议范围", acting_user=system_user())
        return app
    start = received
    if roll < 0.18:  # asked to correct first
        notice = _wd_after(received, rng.randint(1, 4))
        if notice > today:
            return app
        actions.request_correction(app, notice_on=notice, items="补充提交身份证明和行政行为的证据材料", acting_user=system_user())
        corrected = _wd_after(notice, rng.randint(2, 9))
        if corrected > today:
            return app
        actions.receive_correction(app, on=corrected, acting_user=system_user())
        start = corrected
    accepted = _wd_after(start, rng.randint(1, 5))
    if accepted > today:
        return app
    simplified = app.act_on_the_spot or (app.act_amount is not None and app.act_amount <= 3000) \
        or act_type == A.ActType.DISCLOSURE
    ground = ""
    if simplified:
        ground = (A.SimplifiedGround.ON_THE_SPOT if app.act_on_the_spot else A.SimplifiedGround.DISCLOSURE
                  if act_type == A.ActType.DISCLOSURE else A.SimplifiedGround.SMALL_AMOUNT)
    actions.accept(app, on=accepted, procedure="simplified" if simplified else "ordinary",
                   simplified_ground=ground, acting_user=system_user())
    copy_sent = _wd_after(app.accepted_on, rng.randint(1, 3))
    if copy_sent <= today:
        actions.send_copy(app, on=copy_sent, acting_user=system_user())
        got = copy_sent + dt.timedelta(days=rng.randint(1, 3))
        replied = _wd_after(got, rng.randint(3, 9))
        if got <= today:
            actions.record_reply(app, copy_received_on=got, replied_on=replied if replied <= today else None, acting_user=system_user())
    if not simplified and rng.random() < 0.15:
        held = app.accepted_on + dt.timedelta(days=rng.randint(20, 35))
        if held <= today:
            noticed = held - dt.timedelta(days=7)
            while rules.due("reconsideration.hearing_notice", noticed) > held:  # five working days before (第五十一条)
                noticed -= dt.timedelta(days=1)
            actions.hold_hearing(app, noticed_on=noticed, held_on=held, place="县行政复议听证室", presiding=ctx.person_name(),
                                 officers=f"{ctx.person_name()}、{ctx.person_name()}", clerk=ctx.person_name(),
                                 respondent_head_attended=rng.random() < 0.8, respondent_attendee="法制股负责人", acting_user=system_user())
    if not simplified and rng.random() < 0.1:
        on = app.decision_due - dt.timedelta(days=5)
        if on <= today:
            actions.extend(app, on=on, approver="县司法局副局长", reason="案情复杂，需进一步调查取证", acting_user=system_user())
    span = (app.decision_due - app.accepted_on).days
    late = rng.random() < 0.04
    decided = app.accepted_on + dt.timedelta(days=span + rng.randint(1, 6) if late else rng.randint(15, span))
    if decided <= today - dt.timedelta(days=3) and not (year == today.year and rng.random() < 0.3):
        decision = rng.choice(DECISIONS)
        orders = decision in rules.ORDERS_ACTION
        actions.decide(app, on=decided, decision=decision, number=f"示政复决〔{year}〕{seq}号",
                       performance_due=decided + dt.timedelta(days=30) if orders else None, acting_user=system_user())
        performed = decided + dt.timedelta(days=rng.randint(10, 40))
        if orders and performed <= today:
            actions.record_performance(app, on=performed, note="已重新作出行政行为", acting_user=system_user())
        if orders and decided <= today:  # an 意见书 or 建议书 on what the case showed (第七十六条)
            _letter(app, decided, year, seq, today, suggestion=seq % 3 == 0)
    return app


def _letter(app: Application, issued: dt.date, year: int, seq: int, today: dt.date, suggestion: bool) -> None:
    received = issued + dt.timedelta(days=3)
    if received > today or app.respondent_unit is None:
        return
    kind = OpinionLetter.Kind.SUGGESTION if suggestion else OpinionLetter.Kind.OPINION
    letter = actions.issue_letter(OpinionLetter(
        unit=app.unit, application=app, kind=kind, number=f"示政复{'建' if suggestion else '意'}〔{year}〕{seq}号",
        addressee=app.respondent_unit, issued_on=issued, received_on=received,
        stated_due=received + dt.timedelta(days=60) if suggestion else None,
        problem="行政处罚案件调查取证不规范，未全面听取当事人陈述申辩"), acting_user=system_user())
    reported = received + dt.timedelta(days=45)
    if reported <= today:
        actions.report_correction(letter, on=reported, correction="已组织专题培训并修订执法程序规范", acting_user=system_user())


def _org_code(rng) -> str:
    from fazhi.core.demo import make_uscc

    return make_uscc(rng, "990101", kind="91")


@demo_step
def reconsideration(ctx: DemoContext) -> str:
    today = dt.date.today()
    created = 0
    years = dict(PER_YEAR)
    years[today.year] = round(45 * (today.timetuple().tm_yday / 365))
    for year, count in sorted(years.items()):
        if year > today.year:
            continue
        last = today if year == today.year else dt.date(year, 12, 31)
        span = (last - dt.date(year, 1, 1)).days
        days = sorted(dt.date(year, 1, 2) + dt.timedelta(days=ctx.rng.randint(0, max(span - 1, 1)))
                      for _ in range(count))
        for seq, received in enumerate(days, start=1):
            while received.weekday() >= 5:
                received -= dt.timedelta(days=1)
            created += _case(ctx, year, seq, received, today) is not None
    _incidental(ctx, today)
    total = Application.objects.filter(unit=ctx.county).count()
    return f"行政复议：新增 {created} 件，共 {total} 件"


def _incidental(ctx: DemoContext, today: dt.date) -> None:
    """Two 附带审查 raised last year: a county rule within the county's power (stopped and sent back for correction)
    and a department's notice under a provincial rule, transferred (第五十六条至第六十条)."""
    from .models import IncidentalReview

    if IncidentalReview.objects.exists():
        return
    apps = list(Application.objects.filter(unit=ctx.county, accepted_on__year=today.year - 1).order_by("accepted_on")[:2])
    if len(apps) < 2:
        return
    own = actions.raise_incidental(IncidentalReview(
        application=apps[0], origin="applicant", document="《示范县城区违法建设查处办法》第十二条", drafter="示范县人民政府",
        raised_on=apps[0].received_on, competent=True), acting_user=system_user())
    suspended = apps[0].accepted_on + dt.timedelta(days=2)
    actions.notify_drafter(own, suspended_on=suspended, on=_wd_after(suspended, 2), received_on=_wd_after(suspended, 2),
                           acting_user=system_user())
    actions.drafter_replied(own, on=_wd_after(suspended, 9), acting_user=system_user())
    actions.conclude_incidental(own, on=min(own.handle_due, _wd_after(suspended, 12)), outcome="stopped",
                                acting_user=system_user())
    other = actions.raise_incidental(IncidentalReview(
        application=apps[1], origin="organ", document="省自然资源厅关于农村宅基地审批的通知第五条",
        drafter="省自然资源厅", raised_on=apps[1].accepted_on, competent=False), acting_user=system_user())
    actions.transfer_incidental(other, on=_wd_after(other.raised_on, 4), to="市人民政府",
                                received_on=_wd_after(other.raised_on, 6), acting_user=system_user())
    actions.transfer_replied(other, on=other.transfer_reply_due - dt.timedelta(days=10),
                             opinion="已转请省人民政府审查处理，相关条款正在修改", acting_user=system_user())
