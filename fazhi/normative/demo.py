"""Demo 行政规范性文件 for 示范县: issuers with their numbering series, 15–30 documents a year since 2019 taken
through review, deliberation, registration, publication and filing by the action functions, a cleanup campaign
last year over the older documents, and this year's documents at every stage (so the workbench shows review
and filing deadlines)."""

from __future__ import annotations

import datetime as dt

from fazhi.advisers.models import LegalAdviser
from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions
from .models import CleanupCampaign, Issuer, LegalityReview, NormativeDocument

ISSUERS = [
    # unit, prefix, filing body, files with the people's congress
    (None, "示县政", "示范市人民政府", True),
    ("县人民政府办公室", "示县政办", "示范市人民政府办公室", True),
    ("县司法局", "示县司", "示范县人民政府", False),
    ("县市场监督管理局", "示县市监", "示范县人民政府", False),
    ("县自然资源局", "示县自然资", "示范县人民政府", False),
    ("县农业农村局", "示县农", "示范县人民政府", False),
    ("县住房和城乡建设局", "示县住建", "示范县人民政府", False),
]
SUBJECTS = ["农村集体经济组织成员资格认定", "城区建筑垃圾管理", "政府投资项目审计监督", "困难群众临时救助",
            "住房公积金缴存管理", "城乡居民最低生活保障", "国有土地上房屋征收补偿", "农村宅基地审批管理",
            "行政执法公示", "市场主体信用分类监管", "养犬管理", "城市道路挖掘管理", "招商引资优惠政策兑现",
            "耕地保护激励", "中小学校校外培训监管", "燃气安全管理", "农村公路养护", "殡葬改革"]
KINDS = ["办法", "实施细则", "管理规定", "实施意见"]


def _advisers(issuer: Issuer, on: dt.date):
    return list(LegalAdviser.objects.filter(unit__path__startswith=issuer.unit.path, level="county",
                                            contract_start__lte=on, contract_end__gte=on)[:1])


def _take(ctx: DemoContext, doc: NormativeDocument, start: dt.date, stop_at: str = "file") -> None:
    rng = ctx.rng
    try:
        actions.submit_review(doc, on=by_today(start), reviewer="县司法局合法性审核科", acting_user=system_user())
        if stop_at == "submit":
            return
        reviewed = by_today(doc.review_minimum + dt.timedelta(days=rng.randint(0, 10)))
        opinion = rng.choices(["agree", "amend", "disagree"], [70, 27, 3])[0]
        actions.record_review(doc, on=reviewed, opinion=opinion, advisers=_advisers(doc.issuer, reviewed),
                              note="" if opinion == "agree" else "第五条设定的备案事项缺乏上位法依据，建议删除", acting_user=system_user())
        if opinion == "disagree" or stop_at == "review":
            return
        deliberated = by_today(reviewed + dt.timedelta(days=rng.randint(3, 15)))
        actions.deliberate(doc, on=deliberated, meeting="县政府常务会议" if doc.issuer.npc_filing else "局务会议", acting_user=system_user())
        if stop_at == "deliberate":
            return
        registered = by_today(deliberated + dt.timedelta(days=rng.randint(1, 5)))
        actions.register(doc, on=registered, acting_user=system_user())
        if stop_at == "register":
            return
        published = by_today(registered + dt.timedelta(days=rng.randint(1, 4)))
        actions.publish(doc, issued_on=published, published_on=published,
                        effective_on=published + dt.timedelta(days=rng.choice([0, 10, 30])),
                        url="https://www.example.gov.cn/zwgk/gfxwj/", acting_user=system_user())
        if stop_at == "publish":
            return
        lag = rng.choices([rng.randint(3, 25), rng.randint(31, 45)], [93, 7])[0]
        filed = by_today(published + dt.timedelta(days=lag))
        actions.file(doc, filed_on=filed, filed_npc_on=filed if doc.npc_required else None, acting_user=system_user())
    except NotYet:
        pass


REVIEWED = [("document", "关于开展城乡环境综合整治的实施方案"), ("contract", "城区供热特许经营协议"),
            ("contract", "招商引资合作协议"), ("matter", "国有资产处置方案"), ("document", "农村人居环境整治工作方案")]


@demo_step
def legality_reviews(ctx: DemoContext) -> str:
    """The 司法局 reviews the county's other documents and contracts (about 40 a year)."""
    today, rng, justice = dt.date.today(), ctx.rng, ctx.departments["县司法局"]
    if not LegalityReview.objects.filter(unit=justice).exists():
        rows = []
        for year in (*ctx.years, today.year):
            for n in range(40):
                received = dt.date(year, 1, 5) + dt.timedelta(days=rng.randint(0, 350))
                reviewed = received + dt.timedelta(days=rng.randint(2, 10))
                if reviewed > today:
                    continue
                kind, title = REVIEWED[n % len(REVIEWED)]
                rows.append(LegalityReview(unit=justice, kind=kind, title=title, submitted_by="县人民政府办公室",
                                           received_on=received, reviewed_on=reviewed,
                                           opinion=rng.choice(["lawful", "amend", "amend", "lawful"])))
        LegalityReview.objects.bulk_create(rows)
    return f"其他文件和合同合法性审查：{LegalityReview.objects.filter(unit=justice).count()} 件"


@demo_step
def normative(ctx: DemoContext) -> str:
    county, today, rng = ctx.county, dt.date.today(), ctx.rng
    if Issuer.objects.filter(unit=county).exists():
        return f"行政规范性文件：已存在 {NormativeDocument.objects.filter(issuer__unit=county).count()} 件（县政府）"
    issuers = [Issuer.objects.create(unit=ctx.departments[u] if u else county, prefix=p, filing_body=f, npc_filing=n)
               for u, p, f, n in ISSUERS]
    drafters = [ctx.departments[name] for name in ["县人民政府办公室", "县司法局", "县市场监督管理局", "县自然资源局",
                                                   "县农业农村局", "县住房和城乡建设局", "县民政局", "县财政局"]]
    made = 0
    for year in range(2019, today.year + 1):
        current = year == today.year
        for i in range(rng.randint(15, 30) if not current else 14):
            issuer = rng.choice(issuers[:2] * 2 + issuers[2:])
            unit = issuer.unit if issuer.unit != county else rng.choice(drafters)
            if current and i % 2 == 0:  # this year's county documents drafted by the demo drafter (qicao)
                issuer, unit = issuers[0], drafters[0]
            subject = rng.choice(SUBJECTS)
            kind = rng.choices(["regular", "provisional", "trial"], [85, 10, 5])[0]
            title = f"示范县{subject}{'暂行' if kind == 'provisional' else ''}{rng.choice(KINDS)}{'（试行）' if kind == 'trial' else ''}"
            doc = actions.save_draft(None, NormativeDocument(issuer=issuer, unit=unit, title=title, kind=kind,
                                                              summary=f"规范{subject}工作。"))
            made += 1
            if not current:
                _take(ctx, doc, dt.date(year, 1, 10) + dt.timedelta(days=rng.randint(0, 300)))
            else:
                stop = ["file"] * 5 + ["publish", "publish", "register", "deliberate", "review", "submit", "submit",
                                       None, None]
                start = today - dt.timedelta(days=[200, 170, 150, 120, 100, 60, 40, 30, 25, 20, 12, 4, 0, 0][i])
                if stop[i]:
                    _take(ctx, doc, start, stop[i])
    actions.expire_due(today, acting_user=system_user())
    cleanup_year = today.year - 1
    campaign = CleanupCampaign.objects.create(
        unit=county, year=cleanup_year, name=f"{cleanup_year}年度行政规范性文件集中清理",
        basis="根据上位法修改情况和优化营商环境要求开展集中清理", issued_before=dt.date(cleanup_year - 2, 12, 31))
    actions.collect(campaign, acting_user=system_user())
    for n, item in enumerate(campaign.items.all()):
        result = ("invalidated", "repealed", "amended")[n] if n < 3 else \
            rng.choices(["retained", "amended", "repealed", "invalidated"], [70, 15, 10, 5])[0]
        actions.decide_item(item, result=result,
                            reason="" if result == "retained" else "上位法已修改，部分条款与现行规定不一致", acting_user=system_user())
    actions.publish_cleanup(campaign, acting_user=system_user(), on=dt.date(cleanup_year, 11, 30), url="https://www.example.gov.cn/zwgk/qlj/")
    return f"行政规范性文件：{len(issuers)} 个制定机关，{made} 件，清理 {campaign.items.count()} 件"
