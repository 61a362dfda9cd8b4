"""Demo 重大行政决策 for 示范县: a published catalogue each year with about ten decisions taken through the action
functions (so every record has its procedures, comments, adviser opinions and timeline), a few outside the
catalogue, and this year's items at every stage."""

from __future__ import annotations

import datetime as dt

from fazhi.advisers.models import LegalAdviser
from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions, rules
from .models import Catalogue, Comment, MajorDecision, Step

TOPICS = [
    ("县城区停车收费管理办法", "policy", "县发展和改革委员会", True),
    ("国民经济和社会发展年度计划", "plan", "县发展和改革委员会", False),
    ("城区集中供热价格调整方案", "policy", "县发展和改革委员会", True),
    ("农村生活垃圾治理三年行动方案", "policy", "县住房和城乡建设局", True),
    ("县域国土空间总体规划", "plan", "县自然资源局", True),
    ("城区老旧小区改造项目", "project", "县住房和城乡建设局", True),
    ("义务教育学校布局调整方案", "policy", "县教育局", True),
    ("饮用水水源地保护区划定方案", "resources", "县水利局", False),
    ("城乡居民医疗保险筹资标准调整", "policy", "县医疗保障局", True),
    ("历史文化街区保护利用方案", "resources", "县文化旅游体育局", False),
    ("县人民医院新院区建设项目", "project", "县卫生健康委员会", True),
    ("政府投资项目管理办法", "policy", "县人民政府办公室", False),
]
COMMENTS = ["建议延长过渡期", "收费标准偏高，建议分档", "建议增加听证环节", "应明确资金来源", "建议优先保障学生通行安全",
            "希望公开测算依据", "建议对低保户减免", "应加强事后评估"]


def _advisers_on(day: dt.date, county) -> list[LegalAdviser]:
    return list(LegalAdviser.objects.filter(unit=county, contract_start__lte=day, contract_end__gte=day)[:2])


def _run(ctx: DemoContext, d: MajorDecision, start: dt.date, stop_at: str = "evaluate") -> None:
    try:
        _steps(ctx, d, start, stop_at)
    except NotYet:
        pass


def _steps(ctx: DemoContext, d: MajorDecision, start: dt.date, stop_at: str) -> None:
    """Take one decision from start as far as `stop_at`, with dates spaced as offices space them."""
    rng = ctx.rng
    actions.start(d, on=by_today(start), acting_user=system_user())
    if stop_at == "start":
        return
    on = start + dt.timedelta(days=rng.randint(10, 30))
    if rng.random() < 0.85:
        until = rules.due("decision.comment_period", on) + dt.timedelta(days=rng.choice([0, 0, 5]))
        actions.open_comments(d, published_on=by_today(on), until=until, channel="县人民政府门户网站、“示范发布”政务新媒体", acting_user=system_user())
        for i in range(rng.randint(2, 6)):
            c = Comment.objects.create(decision=d, received_on=min(on + dt.timedelta(days=rng.randint(1, 25)), dt.date.today()),
                                       author=f"市民{'甲乙丙丁戊己'[i]}", content=rng.choice(COMMENTS))
            if stop_at == "comments" and i % 2:
                continue
            adoption = rng.choice(["adopted", "partly", "not_adopted"])
            actions.answer_comment(c, adoption=adoption,
                                   response="" if adoption == "adopted" else "经研究，与上位法规定衔接后部分采纳/暂不采纳", acting_user=system_user())
        if stop_at == "comments":
            return
        on = by_today(until + dt.timedelta(days=1))
        actions.complete_public(d, on=on, methods="座谈会、书面征求意见", summary="意见已归纳整理并逐条研究", acting_user=system_user())
    else:
        actions.waive(d, kind=Step.PUBLIC, reason="涉及依法不予公开的内容，依法不予公开", acting_user=system_user())
    if d.category in ("plan", "project", "resources") or rng.random() < 0.5:
        actions.expert_review(d, on=by_today(on + dt.timedelta(days=5)), experts="省内相关领域专家5名",
                              summary="论证认为方案必要、可行，建议细化配套措施，已采纳", acting_user=system_user())
    else:
        actions.waive(d, kind=Step.EXPERT, reason="不属于专业性、技术性较强的决策事项", acting_user=system_user())
    if d.category in ("policy", "project") or rng.random() < 0.4:
        actions.risk_assessment(d, on=by_today(on + dt.timedelta(days=8)), assessor="县社会稳定风险评估中心",
                                level=rng.choice(["低", "低", "中"]), measures="明确风险点三项，制定舆情应对与分步实施预案", acting_user=system_user())
    else:
        actions.waive(d, kind=Step.RISK, reason="已按有关规定开展专项评估，不作重复评估", acting_user=system_user())
    submitted = by_today(on + dt.timedelta(days=12))
    actions.submit_legality(d, on=submitted, reviewer="县司法局", acting_user=system_user())
    if stop_at == "legality":
        return
    reviewed = by_today(d.legality_minimum + dt.timedelta(days=rng.randint(0, 4)))
    advisers = _advisers_on(reviewed, d.body)
    actions.record_legality(d, on=reviewed, opinion=rng.choice(["lawful", "lawful", "amend"]), advisers=advisers,
                            summary="决策事项符合法定权限，程序完备，内容合法", acting_user=system_user())
    if stop_at == "review":
        return
    decided = by_today(reviewed + dt.timedelta(days=rng.randint(5, 20)))
    actions.decide(d, on=decided, meeting="常务会议", meeting_name=f"县政府{decided.year}年第{decided.month + 2}次常务会议",
                   outcome=rng.choice(["通过", "通过", "修改后通过"]), acting_user=system_user())
    if stop_at == "decide":
        return
    if d.npc_report_required:
        actions.report_npc(d, on=by_today(decided + dt.timedelta(days=3)), acting_user=system_user())
    actions.publish(d, on=by_today(decided + dt.timedelta(days=7)), url="https://www.example.gov.cn/zwgk/jc/",
                    executor=d.unit.name, acting_user=system_user())
    if stop_at == "publish":
        return
    actions.report_execution(d, on=by_today(decided + dt.timedelta(days=120)), by=d.unit.name, content="按计划推进，完成年度目标", acting_user=system_user())
    if stop_at == "evaluate" and rng.random() < 0.3:
        actions.evaluate(d, on=by_today(decided + dt.timedelta(days=300)), trigger="有必要", by="示范大学公共管理学院",
                         content="总体达到预期，建议完善配套措施", conclusion="继续执行", acting_user=system_user())


@demo_step
def decisions(ctx: DemoContext) -> str:
    county, today = ctx.county, dt.date.today()
    if Catalogue.objects.filter(unit=county).exists():
        return f"重大行政决策：已存在 {MajorDecision.objects.filter(body=county).count()} 项"
    years = [*ctx.years, today.year] if today.year not in ctx.years else list(ctx.years)
    for year in years:
        current = year == today.year
        catalogue = Catalogue.objects.create(unit=county, year=year)
        picks = ctx.rng.sample(TOPICS, 10 if not current else 9)
        items = []
        for title, category, dept, npc in picks[:8]:
            items.append(actions.save_proposal(None, MajorDecision(
                body=county, unit=ctx.departments[dept], year=year, title=f"{year}年{title}" if category == "plan" else title,
                category=category, catalogue=catalogue, npc_report_required=npc and category == "plan",
                summary=f"拟解决{title}涉及的主要问题，提出初步方案。")))
        actions.approve_catalogue(catalogue, on=dt.date(year, 1, 20), acting_user=system_user())
        actions.publish_catalogue(catalogue, on=dt.date(year, 2, 1), url="https://www.example.gov.cn/zwgk/jcml/", acting_user=system_user())
        for title, category, dept, _ in picks[8:]:
            items.append(actions.save_proposal(None, MajorDecision(
                body=county, unit=ctx.departments[dept], year=year, title=title, category=category, catalogue=catalogue,
                outside_catalogue_reason="根据上级部署年中新增，经县政府主要负责人同意启动")))
        for d in items:
            d.refresh_from_db()
        if not current:
            for i, d in enumerate(items):
                _run(ctx, d, dt.date(year, 2 + i, 5))
        else:
            stages = ["evaluate", "publish", "publish", "decide", "review", "legality", "comments", "start", None]
            for i, (d, stage) in enumerate(zip(items, stages, strict=False)):
                if i in (3, 5, 6):  # open items undertaken by the demo drafter (qicao, 县人民政府办公室)
                    d.unit = ctx.departments["县人民政府办公室"]
                    d.save()
                start = min(dt.date(year, 1 + i, 8), today - dt.timedelta(days=200 - 20 * i))
                if stage:
                    _run(ctx, d, start, stage)
    total = MajorDecision.objects.filter(body=county).count()
    return f"重大行政决策：{len(years)} 个年度目录，{total} 项决策"
