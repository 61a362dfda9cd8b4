"""Demo 行政执法 for 示范县: agencies (departments and township teams), officers and certificates, the
matter list, about 1,500 cases a year (mostly ordinary, ~2% major), trainings, inspections, supervisors,
and one case-file review campaign of about 60 files.

History is bulk-loaded for speed, with every due date computed by rules.py; this year's open cases are
run through the action functions so their timelines show the legal steps.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.core import calendar
from fazhi.core.deadlines import add_months
from fazhi.core.demo import DemoContext, citizen_id, demo_step
from fazhi.core.steps import system_user

from . import actions, rules
from .models import (
    Agency,
    Case,
    Certificate,
    FileReview,
    Inspection,
    Matter,
    Officer,
    Preservation,
    ReviewCampaign,
    Supervisor,
    Training,
)

DEPARTMENT_AGENCIES = {
    "县市场监督管理局": ("market", "市场监管、食品药品安全、特种设备、知识产权"),
    "县自然资源局": ("resources", "土地、矿产、测绘"),
    "县生态环境局": ("environment", "大气、水、固体废物污染防治"),
    "县交通运输局": ("transport", "道路运输、路政"),
    "县农业农村局": ("agriculture", "农资、动物防疫、渔业"),
    "县城市管理综合执法局": ("city", "市容环卫、园林绿化、违法建设"),
    "县卫生健康委员会": ("health", "医疗卫生、公共场所卫生"),
    "县应急管理局": ("emergency", "安全生产、危险化学品"),
    "县文化旅游体育局": ("culture", "文化市场、旅游市场"),
    "县水利局": ("water", "水资源、河道管理"),
    "县林业和草原局": ("forestry", "林草资源保护"),
    "县住房和城乡建设局": ("housing", "建筑市场、房地产市场"),
    "县人力资源和社会保障局": ("hr", "劳动保障监察"),
}
MATTERS = [
    ("对生产经营不符合食品安全标准食品的处罚", "penalty", False, True),
    ("对未取得许可从事经营活动的处罚", "penalty", False, False),
    ("对违法占用土地的处罚", "penalty", True, True),
    ("对未按规定设置户外广告的处罚", "penalty", True, False),
    ("对违反规定倾倒垃圾的处罚", "penalty", True, False),
    ("查封、扣押涉案物品", "coercion", False, True),
    ("安全生产监督检查", "inspection", True, False),
    ("食品经营许可", "licensing", False, False),
]
FACTS = ["销售过期食品", "未取得许可擅自经营", "违法占用耕地建房", "占道经营", "随意倾倒建筑垃圾", "超限运输",
         "未按规定进行动物防疫", "未落实安全生产主体责任", "无证行医", "违规设置户外广告"]
PER_YEAR = {2022: 1380, 2023: 1450, 2024: 1540, 2025: 1610}


def _agencies(ctx: DemoContext) -> list[Agency]:
    agencies = []
    for name, (field, text) in DEPARTMENT_AGENCIES.items():
        unit = ctx.departments[name]
        agency, _ = Agency.objects.get_or_create(unit=unit, defaults={
            "status": "statutory", "main_field": field, "fields_text": text,
            "legal_basis": f"《示范县人民政府机构改革方案》；相关法律法规授权（{text}）"})
        agencies.append(agency)
    for town in ctx.townships:
        agency, _ = Agency.objects.get_or_create(unit=town, defaults={
            "status": "statutory", "main_field": "comprehensive", "fields_text": "乡镇综合行政执法（赋权事项）",
            "legal_basis": "《行政处罚法》第二十四条；省人民政府关于赋予乡镇（街道）部分县级行政执法权的决定"})
        agencies.append(agency)
    return agencies


def _officers(ctx: DemoContext, agency: Agency, n: int) -> list[Officer]:

    existing = list(agency.officers.all())
    rng = ctx.rng
    for i in range(len(existing), n):
        officer = Officer.objects.create(agency=agency, name=ctx.person_name(), id_number=citizen_id(rng),
                                         post="执法队员" if i else "队长", is_legal_reviewer=i == 1,
                                         has_legal_qualification=i == 1)
        issued = dt.date(rng.choice([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]), rng.randint(1, 12), 1)
        cert = Certificate.objects.create(
            officer=officer, number=f"示{agency.pk:03d}{officer.pk:05d}", field=agency.main_field,
            issued_on=issued, expires_on=dt.date(issued.year + 6, issued.month, 1) - dt.timedelta(days=1))
        today = dt.date.today()
        if cert.expires_on < today and rng.random() < 0.97:  # offices renew certificates before they lapse
            cert.status = Certificate.Status.RENEWED
            cert.save()
            cert = Certificate.objects.create(
                officer=officer, number=f"示{agency.pk:03d}{officer.pk:05d}R", field=agency.main_field,
                issued_on=cert.expires_on + dt.timedelta(days=1),
                expires_on=add_months(cert.expires_on, 72))
        if rng.random() < 0.03:
            cert.status, cert.revoked_on, cert.revoke_reason = "revoked", issued + dt.timedelta(days=700), "调离执法岗位"
            cert.save()
        existing.append(officer)
    return existing


def _history(ctx: DemoContext, agencies, officers, matters, year: int, count: int, today: dt.date) -> int:
    rng = ctx.rng
    if Case.objects.filter(number__startswith=f"示执〔{year}〕").exists():
        return 0
    weights = [6 if a.unit.kind == "department" else 1 for a in agencies]
    cases, handler_rows = [], []
    last = min(today - dt.timedelta(days=100), dt.date(year, 12, 31))
    span = (last - dt.date(year, 1, 1)).days
    for seq in range(1, count + 1):
        agency = rng.choices(agencies, weights)[0]
        staff = officers[agency.pk]
        filed = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, max(span, 1)))
        simple = rng.random() < 0.25
        person = rng.random() < 0.6
        party = "person" if person else "organisation"
        major = not simple and rng.random() < 0.027
        if simple:
            dtype = rng.choice(["warning", "fine"])
            fine = Decimal(rng.choice([50, 100, 200])) if dtype == "fine" else None
            decided = filed
        else:
            dtype = rng.choice(["fine"] * 6 + ["confiscation", "warning", "no_penalty", "coercion", "licensing"])
            fine = Decimal(rng.choice([500, 2000, 5000, 10000, 30000])) if dtype in ("fine", "confiscation") else None
            decided = filed + dt.timedelta(days=rng.randint(20, 85) if rng.random() > 0.01 else 95)
        due = None if simple else rules.decision_due(filed)
        pub_due = rules.publicity_due(dtype, decided)
        published = calendar.add_working_days(decided, rng.randint(1, 6) if rng.random() < 0.95 else rng.randint(8, 25))
        reviewer = staff[1] if major else None
        cases.append(Case(
            agency=agency, matter=rng.choice(matters.get(agency.pk, [None])), number=f"示执〔{year}〕{seq}号",
            procedure="simple" if simple else "ordinary", party_type=party,
            party_name=ctx.person_name() if person else rng.choice(["示范县兴旺商贸有限公司", "示范县鑫源超市", "示范县宏达运输队"]),
            facts=rng.choice(FACTS), filed_on=filed, status="closed", decision_due=due,
            notified_on=None if simple else filed + dt.timedelta(days=10), is_major=major,
            hearing_right_notified=not simple and (fine or 0) >= 5000,
            major_reason="public_interest" if major else "", reviewer=reviewer,
            review_opinion="passed" if major else "", reviewed_on=decided - dt.timedelta(days=3) if major else None,
            decision_type=dtype, fine_amount=fine if dtype == "fine" else None,
            confiscation_amount=fine if dtype == "confiscation" else None, decided_on=decided,
            decision_number=f"示{agency.pk}罚决〔{year}〕{seq}号", served_on=decided + dt.timedelta(days=rng.randint(0, 5)),
            publicity_due=pub_due, published_on=published, executed_on=decided + dt.timedelta(days=15),
            closed_on=decided + dt.timedelta(days=20),
        ))
    Case.objects.bulk_create(cases, batch_size=1000)
    through = Case.handlers.through
    for case in Case.objects.filter(number__startswith=f"示执〔{year}〕").only("pk", "agency_id"):
        staff = officers[case.agency_id]
        first = rng.randrange(len(staff))
        for officer in {staff[first], staff[(first + 2) % len(staff)]}:
            handler_rows.append(through(case_id=case.pk, officer_id=officer.pk))
    through.objects.bulk_create(handler_rows, batch_size=2000)
    return count


def _open_cases(ctx: DemoContext, agencies, officers, today: dt.date) -> int:
    """This year's open cases, through the real actions, with deadlines coming due."""
    rng = ctx.rng
    year = today.year
    if Case.objects.filter(number__startswith=f"示执〔{year}〕开").exists():
        return 0
    n = 0
    for i, agency in enumerate(agencies[:14]):
        staff = officers[agency.pk]
        filed = today - dt.timedelta(days=rng.choice([85, 60, 30, 12]))
        at_filing = {o.pk for o in actions.certified(staff, filed)[0]}
        ok = [o for o in actions.certified(staff, today)[0] if o.pk in at_filing]
        case = Case(agency=agency, number=f"示执〔{year}〕开{i + 1}号", procedure="ordinary", party_type="organisation",
                    party_name="示范县兴旺商贸有限公司", facts=rng.choice(FACTS), filed_on=filed)
        handlers = [o for o in ok if not o.is_legal_reviewer][:2]
        if len(handlers) < 2:
            continue
        actions.file_case(case, handlers, acting_user=system_user())
        actions.notify(case, on=filed + dt.timedelta(days=7), hearing_right_notified=True, acting_user=system_user())
        n += 1
        if i % 3 == 0:
            reviewer = next((o for o in ok if o.is_legal_reviewer), None)
            actions.submit_review(case, major_reason="complex", acting_user=system_user())
            if reviewer and i % 2 == 0:
                actions.record_review(case, on=filed + dt.timedelta(days=9), reviewer=reviewer, opinion="passed", acting_user=system_user())
        if i % 4 == 1 and case.status != Case.Status.REVIEWING:
            decided = min(today, filed + dt.timedelta(days=20))
            actions.decide(case, on=decided, decision_type="fine", fine=Decimal("3000"),
                           number=f"示罚决〔{year}〕开{i + 1}号", acting_user=system_user())
        if i % 5 == 2:  # evidence that could be lost, kept under 第五十六条; one decision still to be taken
            item = actions.preserve(Preservation(case=case, saved_on=filed + dt.timedelta(days=1),
                                                 approved_by="局长 王建国", items="涉案食品12箱（已拍照登记）",
                                                 place="本局涉案物品保管室"), acting_user=system_user())
            if i < 10:
                actions.decide_preservation(item, on=item.saved_on + dt.timedelta(days=3), outcome="seized",
                                            acting_user=system_user())
    _changed_decision(year, today)
    return n


def _changed_decision(year: int, today: dt.date) -> None:
    """A published decision revoked on 复议 and its publicity withdrawn (第四十八条第二款)."""
    case = (Case.objects.filter(decided_on__year=year - 1, published_on__isnull=False, changed_on__isnull=True,
                                decision_type="fine").order_by("decided_on", "pk").first())
    if case is None or Case.objects.filter(changed_on__isnull=False).exists():
        return
    on = max(case.published_on, case.decided_on) + dt.timedelta(days=60)
    actions.record_change(case, on=on, kind="revoked", reason="县人民政府行政复议决定书撤销（认定事实不清）",
                          acting_user=system_user())
    if on < today - dt.timedelta(days=10):
        actions.withdraw_publicity(case, on=calendar.add_working_days(on, 2),
                                   statement="该行政处罚决定已被行政复议决定撤销，撤回公示信息", acting_user=system_user())


@demo_step
def enforcement(ctx: DemoContext) -> str:
    today = dt.date.today()
    agencies = _agencies(ctx)
    officers = {a.pk: _officers(ctx, a, 24 if a.unit.kind == "department" else 8) for a in agencies}
    matters: dict[int, list[Matter]] = {}
    for agency in agencies:
        for name, kind, delegated, review in MATTERS[: 5 if agency.unit.kind == "department" else 3]:
            m, _ = Matter.objects.get_or_create(agency=agency, name=name, defaults={
                "kind": kind, "legal_basis": "相关法律、法规规定", "delegated_to_township": delegated and agency.unit.kind == "township",
                "needs_legal_review": review})
            matters.setdefault(agency.pk, []).append(m)
    years = {y: n for y, n in PER_YEAR.items() if y < today.year}
    years[today.year] = round(1600 * (today.timetuple().tm_yday - 100) / 365)
    created = sum(_history(ctx, agencies, officers, matters, y, n, today) for y, n in sorted(years.items()) if n > 0)
    created += _open_cases(ctx, agencies, officers, today)
    for year in years:
        for agency in agencies[:13]:
            if not Training.objects.filter(agency=agency, held_on__year=year).exists():
                for q in range(2):
                    Training.objects.create(agency=agency, held_on=dt.date(year, 3 + q * 6, 15), topic="行政执法能力提升培训",
                                            hours=Decimal("8"), attendance=len(officers[agency.pk]))
        if not Training.objects.filter(kind=Training.Kind.EXAM, held_on__year=year).exists() and \
                dt.date(year, 11, 20) <= today:  # the county's 行政执法资格考试, once a year
            Training.objects.create(agency=agencies[0], kind=Training.Kind.EXAM, held_on=dt.date(year, 11, 20),
                                    topic="行政执法资格考试", hours=Decimal("3"), attendance=86, passed=79)
        for agency in agencies[:13]:
            if not Inspection.objects.filter(agency=agency, held_on__year=year).exists():
                Inspection.objects.bulk_create([
                    Inspection(agency=agency, kind=ctx.rng.choice(["random", "routine", "special"]),
                               held_on=dt.date(year, m, 10), subject="辖区经营主体", problems_found=found,
                               problems_rectified=found if ctx.rng.random() < 0.85 else max(found - 1, 0))
                    for m in range(1, 13) if dt.date(year, m, 10) <= today for found in [ctx.rng.randint(0, 5)]])
    for i in range(8):
        Supervisor.objects.get_or_create(unit=ctx.county, name=f"监督员{i + 1}号", defaults={
            "affiliation": ["县人大代表", "县政协委员", "执业律师", "群众代表"][i % 4],
            "appointed_on": dt.date(2023, 6, 1), "term_ends_on": dt.date(2026, 5, 31) if i < 6 else dt.date(2028, 5, 31)})
    campaign_year = today.year - 1
    campaign, made = ReviewCampaign.objects.get_or_create(unit=ctx.county, year=campaign_year, defaults={
        "name": f"{campaign_year}年度行政执法案卷评查", "sampling": "random", "files_per_agency": 3,
        "reviewers": "县司法局、特邀行政执法监督员、法律顾问", "started_on": dt.date(campaign_year, 9, 1),
        "rubric": rules.DEFAULT_RUBRIC})  # the year's campaign, held in its autumn
    if made:
        actions.sample_files(campaign, seed=7, acting_user=system_user())
        for j, review in enumerate(campaign.reviews.select_related("campaign")):
            veto = ["V3"] if j % 23 == 0 else []
            deductions = ctx.rng.sample(["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8"], ctx.rng.randint(0, 3))
            actions.score(review, on=dt.date(campaign_year, 10, 20), reviewer="县司法局评查组", veto=veto,
                          deductions=deductions, acting_user=system_user())
            if review.notice_due and j % 3:
                actions.respond(review, on=review.notice_due - dt.timedelta(days=5), response="已逐项整改并完善案卷", acting_user=system_user())
    total = Case.objects.count()
    return f"行政执法：新增案件 {created} 件，共 {total} 件；执法主体 {len(agencies)} 个；评查案卷 {FileReview.objects.count()} 本"
