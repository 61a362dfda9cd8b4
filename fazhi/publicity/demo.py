"""Demo 普法 for 示范县: 普法责任清单 of the enforcement departments each year (published; accounted for at year end),
about 350 activities a year, two 法律明白人 per village, demonstration households, demonstration villages at
several levels, and culture sites."""

from __future__ import annotations

import datetime as dt

from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions
from .models import (
    Activity,
    CultureSite,
    DemoHousehold,
    DemoVillage,
    LegalUnderstander,
    Product,
    ResponsibilityList,
    Team,
)

LAWS = {
    "县市场监督管理局": ["中华人民共和国食品安全法", "中华人民共和国产品质量法", "中华人民共和国消费者权益保护法"],
    "县自然资源局": ["中华人民共和国土地管理法", "中华人民共和国矿产资源法"],
    "县生态环境局": ["中华人民共和国环境保护法", "中华人民共和国大气污染防治法"],
    "县公安局": ["中华人民共和国治安管理处罚法", "中华人民共和国反电信网络诈骗法"],
    "县人力资源和社会保障局": ["保障农民工工资支付条例", "中华人民共和国劳动合同法"],
    "县司法局": ["中华人民共和国宪法", "中华人民共和国民法典", "中华人民共和国人民调解法"],
    "县应急管理局": ["中华人民共和国安全生产法"],
    "县交通运输局": ["中华人民共和国道路交通安全法"],
}
THEMES = [("宪法宣传周“宪法进万家”", "中华人民共和国宪法"), ("民法典进农村", "中华人民共和国民法典"),
          ("防范电信网络诈骗宣传", "中华人民共和国反电信网络诈骗法"), ("安全生产月法治宣传", "中华人民共和国安全生产法"),
          ("食品安全宣传周", "中华人民共和国食品安全法"), ("农民工工资支付法治宣传", "保障农民工工资支付条例"),
          ("国家安全教育日宣传", "中华人民共和国国家安全法"), ("法治进校园讲座", "中华人民共和国未成年人保护法")]
YEARS = (2024, 2025, 2026)


def _lists(ctx: DemoContext, today: dt.date) -> None:
    for year in YEARS:
        for name, laws in LAWS.items():
            unit = ctx.departments[name]
            if ResponsibilityList.objects.filter(unit=unit, year=year).exists():
                continue
            lst = actions.register_list(ResponsibilityList(
                unit=unit, year=year, laws="\n".join(laws), audiences="社会公众、市场主体、行政相对人",
                planned_events=ctx.rng.randint(6, 14), measures="执法过程中以案释法，集中宣传与日常宣传相结合"), acting_user=system_user())
            try:
                actions.publish(lst, on=by_today(dt.date(year, 3, ctx.rng.randint(5, 28))),
                                url=f"https://www.example.gov.cn/pfqd/{year}/{unit.pk}.html", acting_user=system_user())
                actions.account(lst, on=by_today(dt.date(year, 12, 28)),
                                text="全年围绕清单所列法律法规开展普法宣传，结合执法办案以案释法，完成年度普法任务。", acting_user=system_user())
            except NotYet:
                pass


def _activities(ctx: DemoContext, today: dt.date) -> int:
    rng, rows = ctx.rng, []
    hosts = [ctx.departments[n] for n in LAWS] + ctx.townships
    for year in YEARS:
        for _ in range(350):
            held = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            if held > today:
                continue
            theme, law = rng.choice(THEMES)
            channel = rng.choices(Activity.Channel.values, [30, 15, 10, 8, 20, 5, 12])[0]
            audience = rng.randint(2000, 20000) if channel in ("new_media", "broadcast") else rng.randint(40, 600)
            rows.append(Activity(unit=rng.choice(hosts), held_on=held, theme=theme, laws=law,
                                 place="融媒体平台" if channel == "new_media" else rng.choice(["集贸市场", "村委会", "县文化广场", "中学"]),
                                 channel=channel, audience_kind=rng.choice(Activity.Audience.values), audience=audience,
                                 materials=0 if channel in ("new_media", "broadcast") else rng.randint(100, 1500)))
    Activity.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def _people_and_places(ctx: DemoContext) -> None:
    rng = ctx.rng
    understanders, households, titles, sites = [], [], [], []
    for i, village in enumerate(ctx.villages):
        for role in ("村干部", "网格员"):
            understanders.append(LegalUnderstander(unit=village, name=ctx.person_name(), phone=ctx.mobile(),
                                                   occupation=role, appointed_on=dt.date(2021, 6, 1),
                                                   trainings=rng.randint(1, 4)))
        for _ in range(rng.randint(2, 5)):
            households.append(DemoHousehold(unit=village, head_name=ctx.person_name(),
                                            recognised_on=dt.date(rng.choice([2021, 2022, 2023, 2024]), 11, 1)))
        if i % 5 == 0:
            titles.append(DemoVillage(unit=village, level="municipal", year=2020 + i % 4, batch="市级民主法治示范村"))
        if i % 12 == 0:
            titles.append(DemoVillage(unit=village, level="provincial", year=2022, batch="省级民主法治示范村（社区）"))
        if i == 0:
            titles.append(DemoVillage(unit=village, level="national", year=2023, batch="第九批全国民主法治示范村（社区）"))
        if i % 4 == 0:
            sites.append(CultureSite(unit=village, name=f"{village.name}法治文化长廊", kind="corridor",
                                     opened_on=dt.date(2022, 5, 1)))
    sites.append(CultureSite(unit=ctx.county, name="示范县宪法主题公园", kind="park", opened_on=dt.date(2021, 12, 4)))
    sites.append(CultureSite(unit=ctx.county, name="示范县青少年法治教育实践基地", kind="youth_base",
                             opened_on=dt.date(2020, 9, 1)))
    LegalUnderstander.objects.bulk_create(understanders)
    DemoHousehold.objects.bulk_create(households)
    DemoVillage.objects.bulk_create(titles)
    CultureSite.objects.bulk_create(sites)


PRODUCTS = ["《民法典》进万家系列微视频", "以案释法：电信网络诈骗", "“八五”普法动漫短片", "法治文艺小品《宅基地》",
            "新修订《行政复议法》图解", "未成年人保护法知识问答", "农民工讨薪法律指引", "防范养老诈骗提示"]


def _products_and_teams(ctx: DemoContext, today: dt.date) -> None:
    """普法作品 and 新媒体信息 of the 司法局 and the townships, with their views; the county's publicity teams."""
    rng, justice = ctx.rng, ctx.departments["县司法局"]
    rows = []
    for year in (*ctx.years, today.year):
        for n in range(60):
            on = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            if on > today:
                continue
            kind = "work" if n % 6 == 0 else "post"
            rows.append(Product(unit=justice if n % 3 else rng.choice(ctx.townships), kind=kind,
                                title=rng.choice(PRODUCTS), published_on=on, channel="“示范司法”微信公众号",
                                views=rng.randint(300, 6000) * (5 if kind == "work" else 1)))
    Product.objects.bulk_create(rows)
    teams = [(ctx.county, "示范县普法讲师团", "lecturers", 36), (justice, "法治文艺小分队", "art", 18)]
    teams += [(t, f"{t.name}普法志愿者队伍", "volunteers", rng.randint(8, 30)) for t in ctx.townships]
    Team.objects.bulk_create([Team(unit=u, name=name, kind=kind, members=m, established_on=dt.date(2021, 6, 1))
                              for u, name, kind, m in teams])


@demo_step
def publicity(ctx: DemoContext) -> str:
    today = dt.date.today()
    _lists(ctx, today)
    if Activity.objects.exists():
        return f"普法：已有活动 {Activity.objects.count()} 场"
    made = _activities(ctx, today)
    _people_and_places(ctx)
    _products_and_teams(ctx, today)
    return (f"普法：责任清单 {ResponsibilityList.objects.count()} 份，活动 {made} 场，"
            f"法律明白人 {LegalUnderstander.objects.count()} 名")
