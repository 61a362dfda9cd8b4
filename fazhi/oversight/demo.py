"""Demo oversight of 示范县: the 人大代表建议 and 政协委员提案 assigned to its departments after each spring session
(answered within three months, met in person, the proposers' views, one answered again), and the 检察建议 and 司法建议
its departments received. Past years are bulk-loaded with due dates from rules.py; this year runs through the steps."""

from __future__ import annotations

import datetime as dt

from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions, rules
from .models import Recommendation, Suggestion

TITLES = ["关于加快城区老旧小区改造的建议", "关于加强农村饮水安全保障的建议", "关于规范校外培训机构的建议",
          "关于完善乡镇综合行政执法的建议", "关于提升县域医疗服务能力的建议", "关于加强农村道路养护的建议",
          "关于推进垃圾分类的建议", "关于优化营商环境的建议", "关于加强未成年人法治教育的建议"]
DEPARTMENTS = ["县住房和城乡建设局", "县水利局", "县教育局", "县司法局", "县卫生健康委员会", "县交通运输局",
               "县城市管理综合执法局", "县发展和改革委员会", "县司法局"]
RECOMMENDATIONS = [
    ("public_interest", "县自然资源局", "示范县人民检察院", "示检行公建〔{y}〕1号", "督促依法查处非法占用耕地建房"),
    ("public_interest", "县生态环境局", "示范县人民检察院", "示检行公建〔{y}〕2号", "督促整治河道非法排污"),
    ("procuratorial", "县市场监督管理局", "示范县人民检察院", "示检建〔{y}〕5号", "规范食品安全行政处罚案件办理"),
    ("judicial", "县人力资源和社会保障局", "示范县人民法院", "（{y}）示0101司建1号", "加强劳动保障监察与诉讼衔接"),
]


def _suggestions(ctx: DemoContext, year: int, today: dt.date) -> list[Suggestion]:
    rng, out = ctx.rng, []
    assigned = dt.date(year, 3, 20)
    for kind, count, session in (("npc", 36, f"县第十八届人民代表大会第{year - 2021}次会议"),
                                 ("cppcc", 28, f"政协示范县第十一届委员会第{year - 2021}次会议")):
        for n in range(1, count + 1):
            i = rng.randrange(len(TITLES))
            s = Suggestion(unit=ctx.departments[DEPARTMENTS[i]], kind=kind, number=str(n), session=session,
                           proposer=ctx.person_name(), title=TITLES[i], assigned_on=assigned, complex=n % 12 == 0)
            s.reply_due = rules.due(s.rule_key, assigned, extended=s.complex)
            out.append(s)
    return out


def _close(ctx: DemoContext, s: Suggestion, today: dt.date) -> None:
    rng = ctx.rng
    s.met_on = s.assigned_on + dt.timedelta(days=rng.randint(20, 60))
    s.replied_on = s.met_on + dt.timedelta(days=rng.randint(3, 25))
    if s.replied_on > today:
        s.met_on = s.replied_on = None
        return
    s.result = rng.choices(["a", "b", "c", "d"], [45, 35, 15, 5])[0]
    s.satisfaction = rng.choices(["satisfied", "basically", "dissatisfied"], [85, 14, 1])[0]
    if s.satisfaction == "dissatisfied":
        from fazhi.core.deadlines import add_months

        s.redo_due = add_months(s.replied_on, actions.REDO_MONTHS)
        s.redone_on = min(s.replied_on + dt.timedelta(days=40), today)


@demo_step
def oversight(ctx: DemoContext) -> str:
    if Suggestion.objects.exists():
        return f"接受监督：已有建议提案 {Suggestion.objects.count()} 件"
    today, office = dt.date.today(), system_user()
    history = []
    for year in ctx.years:
        for s in _suggestions(ctx, year, today):
            _close(ctx, s, today)
            history.append(s)
    Suggestion.objects.bulk_create(history, batch_size=1000)
    live = _suggestions(ctx, today.year, today) if dt.date(today.year, 3, 20) <= today else []
    for i, s in enumerate(live[:20]):
        actions.assign(s, acting_user=office)
        try:
            actions.meet(s, on=by_today(s.assigned_on + dt.timedelta(days=30)), acting_user=office)
            actions.reply(s, on=by_today(s.assigned_on + dt.timedelta(days=50 + i)), result="b", acting_user=office)
            actions.feedback(s, satisfaction="satisfied", acting_user=office)
        except NotYet:
            pass
    received = 0
    for year in (*ctx.years, today.year):
        for j, (kind, dept, issuer, number, subject) in enumerate(RECOMMENDATIONS):
            on = dt.date(year, 4 + 2 * j, 10)
            if on > today:
                continue
            r = actions.receive(Recommendation(
                unit=ctx.departments[dept], kind=kind, issuer=issuer, number=number.format(y=year), received_on=on,
                subject=subject, stated_due=None if kind == "public_interest" else on + dt.timedelta(days=60)),
                acting_user=office)
            received += 1
            try:
                actions.respond(r, on=by_today(on + dt.timedelta(days=45)), adopted=True,
                                corrected=f"已{subject.removeprefix('督促')}，并建立长效机制。", acting_user=office)
            except NotYet:
                pass
    return f"接受监督：建议提案 {len(history) + len(live[:20])} 件，检察建议、司法建议 {received} 件"
