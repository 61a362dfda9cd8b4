"""Demo legal advisers: county government advisers, one per township and one per village
("一村（居）一法律顾问"), with contract terms over 2022–2025 and a few needing attention."""

import datetime as dt

from fazhi.core.demo import DemoContext, demo_step

from .models import LegalAdviser, Opinion, Service

FIRMS = ["示范县正义律师事务所", "示范县明德律师事务所", "示范市衡平律师事务所", "示范市公信律师事务所",
         "示范县法律援助中心", "示范县城关司法所"]


def _upsert(ctx: DemoContext, unit, level, start: dt.date, years: int, active: bool, idx: int) -> bool:
    name_rng = ctx.rng
    defaults = {
        "name": name_rng.choice("王李张刘陈杨赵黄周吴") + name_rng.choice("志海建立文晓春红雪明") + name_rng.choice("伟芳军华敏静"),
        "law_firm": name_rng.choice(FIRMS),
        "is_public_lawyer": level == LegalAdviser.Level.COUNTY and idx == 0,
        "contract_end": dt.date(start.year + years, start.month, start.day) - dt.timedelta(days=1),
        "phone": ctx.mobile(),
        "is_active": active,
    }
    key = f"演示数据-{'现任' if active else '往届'}{idx}"  # stable across runs and days
    obj = LegalAdviser.objects.filter(unit=unit, level=level, note=key).first()
    if obj is None:
        obj = LegalAdviser(unit=unit, level=level, contract_start=start, note=key, **defaults)
        obj.full_clean()
        obj.save()
        return True
    return False


@demo_step
def advisers(ctx: DemoContext) -> str:
    today = dt.date.today()
    created = 0
    county = ctx.county
    for i in range(5):  # county government advisers: two terms each
        created += _upsert(ctx, county, LegalAdviser.Level.COUNTY, dt.date(2022, 1, 1), 2, False, i)
        created += _upsert(ctx, county, LegalAdviser.Level.COUNTY, dt.date(2024, 1, 1), 3, True, i) if i < 4 else 0
    for i, town in enumerate(ctx.townships):
        if i == 5:  # term over but still marked active: a to-do
            start, years = dt.date(2022, 7, 1), 3
        else:
            start, years = (dt.date(2023, 3, 1), 4) if i % 2 else (dt.date(2024, 3, 1), 3)
        created += _upsert(ctx, town, LegalAdviser.Level.TOWNSHIP, start, years, True, i)
    for i, village in enumerate(ctx.villages):
        if i % 9 == 0:  # contract ends within days: due soon on the workbench
            start = today.replace(year=today.year - 1) + dt.timedelta(days=4)
            years = 1
        elif i == 13:  # expired but still marked active: a to-do
            start, years = dt.date(2022, 1, 1), 3
        else:
            start, years = dt.date(2024, 1, 1), 3
        created += _upsert(ctx, village, LegalAdviser.Level.VILLAGE, start, years, True, i)
    total = LegalAdviser.objects.filter(unit__path__startswith=county.path).count()
    return f"法律顾问：新增 {created} 名，共 {total} 名"


CONTRACTS = [("示范县城投建设有限公司", "城区道路提升改造工程施工合同", 12_800_000), ("示范县物业服务有限公司", "政府机关物业服务合同", 960_000),
             ("示范市信息技术有限公司", "政务云服务采购合同", 1_350_000), ("示范县农业发展有限公司", "高标准农田建设项目合同", 5_600_000),
             ("示范县绿化工程有限公司", "园林绿化养护服务合同", 420_000), ("示范市环保科技有限公司", "生活垃圾转运特许经营协议", 8_200_000)]


@demo_step
def adviser_work(ctx: DemoContext) -> str:
    """Contracts reviewed, meetings attended and cases represented by the county and township advisers."""
    if Opinion.objects.filter(kind=Opinion.Kind.CONTRACT).exists():
        return f"法律顾问工作：已存在 {Opinion.objects.count()} 条意见"
    today, rng = dt.date.today(), ctx.rng
    advisers = list(LegalAdviser.objects.filter(unit__path__startswith=ctx.county.path,
                                                level__in=[LegalAdviser.Level.COUNTY, LegalAdviser.Level.TOWNSHIP]))
    opinions, services = [], []
    for year in range(2022, today.year + 1):
        for _ in range(rng.randint(25, 40)):
            day = min(dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364)), today)
            serving = [a for a in advisers if a.contract_start <= day <= a.contract_end]
            if not serving:
                continue
            party, subject, amount = rng.choice(CONTRACTS)
            opinions.append(Opinion(adviser=rng.choice(serving), on=day, kind=Opinion.Kind.CONTRACT, subject=subject,
                                    counterparty=party, amount=amount * rng.choice([1, 1, 0.8, 1.2]),
                                    content="合同主体适格，建议明确违约责任和争议解决条款"))
            adviser = rng.choice(serving)
            kind = rng.choices(list(Service.Kind.values), [60, 20, 10, 10])[0]
            services.append(Service(adviser=adviser, kind=kind, on=day, subject={
                "meeting": "列席县政府常务会议", "litigation": "代理行政诉讼案件出庭",
                "reconsideration": "代理行政复议案件", "training": "为机关干部作法治讲座"}[kind]))
    Opinion.objects.bulk_create(opinions)
    Service.objects.bulk_create(services)
    return f"法律顾问工作：审查合同 {len(opinions)} 份，服务记录 {len(services)} 条"
