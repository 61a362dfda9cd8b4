"""Demo: disclosure requests to several county departments over the last two years; a few still open."""

import datetime as dt

from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions, rules
from .models import AnnualDisclosureReport, DisclosureRequest, ProactiveDisclosure, ProactiveItem

SUBJECTS = ["房屋征收补偿方案及补偿标准", "某路段道路改造工程招标文件", "本村土地征收批复文件", "企业环境影响评价审批文件",
            "年度财政预算执行情况", "低保审批名单", "行政处罚决定书", "规划许可证及附图"]
UNITS = ["县自然资源局", "县住房和城乡建设局", "县生态环境局", "县财政局", "县民政局", "县市场监督管理局"]


def _proactive(ctx: DemoContext) -> int:
    """Monthly counts of proactive disclosures of the county government office and six departments since 2024."""
    if ProactiveDisclosure.objects.exists():
        return 0
    rng, today, rows = ctx.rng, dt.date.today(), []
    units = [ctx.departments["县人民政府办公室"]] + [ctx.departments[n] for n in UNITS]
    for year in (2024, 2025, 2026):
        for month in range(1, 13):
            if dt.date(year, month, 1) > today:
                break
            for unit in units:
                for category in rng.sample(ProactiveDisclosure.Category.values, 3):
                    rows.append(ProactiveDisclosure(unit=unit, month=dt.date(year, month, 1), category=category,
                                                    count=rng.randint(3, 40)))
    ProactiveDisclosure.objects.bulk_create(rows)
    return len(rows)


def _annual_reports(ctx: DemoContext) -> None:
    """第四十九条: the departments report by 31 January, the government by 31 March (one department late)."""
    today = dt.date.today()
    for year in range(min(ctx.years), today.year):
        for i, (unit, kind) in enumerate([(ctx.county, "government")] + [(ctx.departments[u], "department")
                                                                         for u in UNITS]):
            due = rules.annual_report_due(year, kind)
            published = due - dt.timedelta(days=5) if i != 2 else due + dt.timedelta(days=9)
            if not AnnualDisclosureReport.objects.filter(unit=unit, year=year).exists():
                report = AnnualDisclosureReport(unit=unit, year=year, kind=kind,
                                                published_on=published if published <= today else None)
                report.full_clean()
                report.save()


ITEMS = [("关于印发示范县行政规范性文件管理办法的通知", "policy"), ("示范县国土空间总体规划（2021—2035年）", "planning"),
         ("县本级部门预算公开", "budget"), ("示范县政务服务事项办事指南（修订）", "services"),
         ("县城区农贸市场升级改造实施方案", "policy"), ("示范县年度统计公报", "planning")]


def _items(ctx: DemoContext) -> None:
    """Documents tracked to publication within 20 working days (第二十六条): one late, one not yet published."""
    if ProactiveItem.objects.exists():
        return
    today, office = dt.date.today(), ctx.departments["县人民政府办公室"]
    for year in sorted({*ctx.years, today.year}):
        for i, (title, category) in enumerate(ITEMS):
            formed = dt.date(year, 2 + i * 2, 6)
            if formed > today - dt.timedelta(days=3):
                continue
            item = actions.record_item(ProactiveItem(unit=office, title=f"{year}年{title}", category=category,
                                                     formed_on=formed), acting_user=system_user())
            published = item.due + dt.timedelta(days=6) if i == 3 else formed + dt.timedelta(days=5 + i)
            if published <= today - dt.timedelta(days=1) and not (year == today.year and i == 4):
                actions.publish_item(item, on=published, url=f"https://www.sfx.gov.cn/zwgk/{year}{i:02d}.html",
                                     acting_user=system_user())


@demo_step
def opengov(ctx: DemoContext) -> str:
    _proactive(ctx)
    _items(ctx)
    _annual_reports(ctx)
    if DisclosureRequest.objects.exists():
        return f"政府信息公开申请：已存在 {DisclosureRequest.objects.count()} 件"
    rng, today = ctx.rng, dt.date.today()
    made = 0
    for days_ago in sorted(rng.sample(range(3, 700), 45), reverse=True):
        received = today - dt.timedelta(days=days_ago)
        req = actions.register_request(DisclosureRequest(
            unit=ctx.departments[rng.choice(UNITS)], received_on=received, channel=rng.choice(["online", "letter"]),
            applicant_type="person", applicant_name=ctx.person_name(), applicant_phone=ctx.mobile(),
            content=f"申请公开{rng.choice(SUBJECTS)}"), acting_user=system_user())
        made += 1
        try:
            if rng.random() < 0.08:  # unclear request: sent back once for correction (第三十条)
                actions.request_correction(req, on=by_today(received + dt.timedelta(days=3)),
                                           items="请明确所需信息的名称、文号或便于查询的其他特征描述",
                                           due=received + dt.timedelta(days=18), acting_user=system_user())
                actions.receive_correction(req, on=by_today(received + dt.timedelta(days=10)), acting_user=system_user())
            if rng.random() < 0.1:  # information about a company: its view asked first (第三十二条)
                actions.consult(req, on=by_today(received + dt.timedelta(days=5)), party="示范县某建材有限公司",
                                acting_user=system_user())
                actions.consultation_answered(req, on=by_today(received + dt.timedelta(days=16)),
                                              acting_user=system_user())
            if rng.random() < 0.15:
                actions.extend(req, on=by_today(received + dt.timedelta(days=20)), approver="办公室主任", acting_user=system_user())
            if days_ago > 40 or rng.random() < 0.5:
                actions.reply(req, on=by_today(received + dt.timedelta(days=rng.randint(5, 26))),
                              outcome=rng.choice(["disclosed", "disclosed", "partly", "not_held", "refused"]), acting_user=system_user())
        except NotYet:
            pass
    return f"政府信息公开申请：新增 {made} 件"
