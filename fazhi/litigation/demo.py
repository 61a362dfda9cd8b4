"""Demo lawsuits: some 8–15 a year against county departments, heads appearing in nearly every case."""

import datetime as dt

from fazhi.core.demo import DemoContext, demo_step
from fazhi.core.steps import system_user
from fazhi.reconsideration.models import Application

from . import actions
from .models import LitigationCase

DEFENDANTS = ["县自然资源局", "县市场监督管理局", "县人力资源和社会保障局", "县公安局", "县住房和城乡建设局",
              "县城市管理综合执法局", "县生态环境局"]
CAUSES = ["不服行政处罚决定", "不服工伤认定决定", "不服房屋征收补偿决定", "要求履行法定职责", "不服政府信息公开答复",
          "不服土地登记行为"]
OUTCOMES = ([LitigationCase.Outcome.DISMISS_CLAIM] * 6 + [LitigationCase.Outcome.DISMISS_SUIT] * 2
            + [LitigationCase.Outcome.WITHDRAWN] * 3 + [LitigationCase.Outcome.REVOKE, LitigationCase.Outcome.DECLARE_UNLAWFUL])
PER_YEAR = {2022: 9, 2023: 12, 2024: 14, 2025: 11}


@demo_step
def litigation(ctx: DemoContext) -> str:
    today = dt.date.today()
    rng = ctx.rng
    years = dict(PER_YEAR)
    years[today.year] = 10
    created = 0
    for year, count in sorted(years.items()):
        for seq in range(1, count + 1):
            number = f"（{year}）示0101行初{seq}号"
            if LitigationCase.objects.filter(case_number=number).exists():
                continue
            last = today if year == today.year else dt.date(year, 12, 20)
            served = dt.date(year, 1, 5) + dt.timedelta(days=rng.randint(0, max((last - dt.date(year, 1, 5)).days, 1)))
            defendant = ctx.departments[rng.choice(DEFENDANTS)]
            linked = Application.objects.filter(respondent_unit=defendant, decided_on__lt=served,
                                                lawsuits__isnull=True).first() if rng.random() < 0.3 else None
            case = LitigationCase(
                unit=defendant, court="示范县人民法院", case_number=number, instance="first",
                plaintiff_type="person", plaintiff_name=ctx.person_name(), cause=rng.choice(CAUSES),
                reconsideration=linked, served_on=served,
                must_appear=LitigationCase.MustAppear.PUBLIC_INTEREST if rng.random() < 0.15 else "",
            )
            actions.register_case(case, acting_user=system_user())
            created += 1
            filed = served + dt.timedelta(days=rng.randint(5, 14))
            if filed <= today:
                actions.file_defence(case, on=filed, acting_user=system_user())
            hearing = served + dt.timedelta(days=rng.randint(30, 70))
            notice = hearing - dt.timedelta(days=rng.randint(3, 10))
            if notice <= today:
                actions.schedule_hearing(case, hearing_on=hearing, notice_received_on=notice, acting_user=system_user())
            if hearing <= today:
                head = rng.random() < 0.95
                actions.record_sitting(
                    case, held_on=hearing, head_appeared=head,
                    head_name=ctx.person_name() if head else "", head_post="副局长" if head else "",
                    head_role="deputy_in_charge" if head else "", staff=ctx.person_name(), lawyer="示范县正义律师事务所",
                    absence_reason="" if head else "duty", acting_user=system_user())
                outcome_on = hearing + dt.timedelta(days=rng.randint(10, 50))
                if outcome_on <= today:
                    served = min(outcome_on + dt.timedelta(days=3), today)
                    actions.conclude(case, on=outcome_on, outcome=rng.choice(OUTCOMES), judgment_served_on=served,
                                     acting_user=system_user())
                    _after_judgment(case, rng, today)
    total = LitigationCase.objects.filter(unit__path__startswith=ctx.county.path).count()
    return f"行政应诉：新增 {created} 件，共 {total} 件"


def _after_judgment(case: LitigationCase, rng, today: dt.date) -> None:
    """Most agencies accept a judgment within the appeal period; one lost in five is appealed; an effective loss is
    performed within a month or two (行政诉讼法第八十五条、第九十四条)."""
    if case.appeal_due and case.appeal_due <= today:
        decision = "appeal" if case.lost and rng.random() < 0.2 else "accept"
        actions.decide_appeal(case, on=case.appeal_due - dt.timedelta(days=2), decision=decision,
                              acting_user=system_user())
    if case.lost and not case.appealed and case.appeal_decision:
        performed = case.appeal_due + dt.timedelta(days=rng.randint(15, 60))
        if performed <= today:
            actions.perform(case, on=performed, performance="依判决重新作出行政行为", acting_user=system_user())
