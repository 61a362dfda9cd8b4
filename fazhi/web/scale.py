"""A province-scale dataset for benchmarks (`fazhi demo --scale province`): about 100 counties, each with its
townships, departments and enforcement agencies; over 1,000,000 enforcement cases and 50,000 reconsideration
cases in one year, litigation in proportion. Rows are bulk-inserted (no per-row audit), so this is for measuring,
not for demonstrating procedures."""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction

from fazhi.core.models import OrgUnit

PROVINCE_CODE = "980000"


def _unit(name, kind, parent, code="") -> OrgUnit:
    unit = OrgUnit(name=name, kind=kind, parent=parent, division_code=code)
    unit.save()
    return unit


def build_province(*, counties: int = 100, cases_per_county: int = 10_500, applications_per_county: int = 520,
                   year: int | None = None, seed: int = 7, log=print) -> str:
    from fazhi.enforcement.models import Agency, Case, Matter
    from fazhi.litigation.models import LitigationCase
    from fazhi.reconsideration.models import Application

    year = year or dt.date.today().year - 1
    if OrgUnit.objects.filter(division_code=PROVINCE_CODE).exists():
        return "基准省数据已存在"
    rng = random.Random(seed)
    days = [dt.date(year, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    with transaction.atomic():
        province = _unit("基准省", OrgUnit.Kind.PROVINCE, None, PROVINCE_CODE)
        agencies, county_units = [], []
        for c in range(counties):
            city_no, county_no = c // 10 + 1, c % 10 + 1
            if county_no == 1:
                city = _unit(f"基准{city_no}市", OrgUnit.Kind.CITY, province, f"98{city_no:02d}00")
            county = _unit(f"基准{city_no}市{county_no}县", OrgUnit.Kind.COUNTY, city, f"98{city_no:02d}{county_no:02d}")
            county_units.append(county)
            for t in range(12):
                town = _unit(f"{county.name}{t + 1}镇", OrgUnit.Kind.TOWNSHIP, county,
                             f"98{city_no:02d}{county_no:02d}{t + 1:03d}")
                agencies.append(Agency(unit=town, main_field="comprehensive", fields_text="综合执法", legal_basis="赋权决定"))
            for d in range(18):
                dept = _unit(f"{county.name}第{d + 1}局", OrgUnit.Kind.DEPARTMENT, county)
                agencies.append(Agency(unit=dept, main_field="market", fields_text="市场监管", legal_basis="三定方案"))
        Agency.objects.bulk_create(agencies, batch_size=2000)
        agencies = list(Agency.objects.filter(unit__path__startswith=province.path).select_related("unit"))
        Matter.objects.bulk_create([Matter(agency=a, name="对违法行为的处罚", kind="penalty", legal_basis="有关法律",
                                           delegated_to_township=a.unit.kind == OrgUnit.Kind.TOWNSHIP)
                                    for a in agencies], batch_size=2000)
        log(f"组织机构：{counties} 个县，{len(agencies)} 个执法主体")
        per_agency = max(1, cases_per_county * counties // len(agencies))
        batch, made = [], 0
        for a in agencies:
            for i in range(per_agency):
                filed = rng.choice(days)
                simple = rng.random() < 0.25
                decided = filed + dt.timedelta(days=rng.randint(0, 60))
                decided = decided if decided.year == year else None
                batch.append(Case(
                    agency=a, number=f"{a.pk}-{i}", procedure="simple" if simple else "ordinary", party_type="person",
                    party_name="当事人", facts="违法行为", filed_on=filed, status="closed" if decided else "filed",
                    decided_on=decided, decision_type="fine" if decided else "", fine_amount=200 if decided else None,
                    is_major=not simple and rng.random() < 0.02, publicity_due=decided, published_on=decided))
                if len(batch) == 20_000:
                    Case.objects.bulk_create(batch)
                    made += len(batch)
                    batch = []
                    log(f"  执法案件 {made:,}")
        Case.objects.bulk_create(batch)
        made += len(batch)
        apps, suits = [], []
        for county in county_units:
            for _ in range(applications_per_county):
                received = rng.choice(days)
                accepted = received + dt.timedelta(days=rng.randint(1, 5))
                decided = accepted + dt.timedelta(days=rng.randint(20, 80))
                decided = decided if decided.year == year else None
                apps.append(Application(
                    unit=county, applicant_type="person", applicant_name="申请人", respondent_name="某局",
                    act_type="penalty", act_description="罚款", received_on=received, channel="post",
                    accepted_on=accepted if accepted.year == year else None, decided_on=decided,
                    on_time=bool(decided) and rng.random() < 0.95, status="decided" if decided else "accepted"))
            for i in range(applications_per_county // 4):
                suits.append(LitigationCase(unit=county, case_number=f"（{year}）基{county.pk}行初{i}号",
                                            plaintiff_type="person", plaintiff_name="原告", court="基准法院",
                                            cause="行政处罚", served_on=rng.choice(days)))
        Application.objects.bulk_create(apps, batch_size=5000)
        LitigationCase.objects.bulk_create(suits, batch_size=5000)
    return f"基准省：{counties} 个县，执法案件 {made:,} 件，行政复议 {len(apps):,} 件，行政应诉 {len(suits):,} 件（{year}年）"
