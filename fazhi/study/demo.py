"""Demo 学法述法 for 示范县: committee meetings, study sessions of the county and its units, pre-appointment exams,
oaths, first-responsible duty lists, and year-end 述法 by nearly every township and department (a few missing, so
the coverage rate is not a flat 100%)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.core.demo import DemoContext, demo_step
from fazhi.core.steps import system_user

from . import actions
from .models import CommitteeMeeting, DutyList, LawReport, LegalExam, Oath, StudySession

TOPICS = [("习近平法治思想专题学习", "中华人民共和国宪法"), ("学习民法典", "中华人民共和国民法典"),
          ("学习新修订的行政复议法", "中华人民共和国行政复议法"), ("学习行政处罚法", "中华人民共和国行政处罚法"),
          ("学习优化营商环境条例", "优化营商环境条例"), ("学习安全生产法", "中华人民共和国安全生产法")]
DUTIES = "\n".join(["将法治建设纳入本地区发展总体规划和年度工作计划", "每年主持召开专题会议研究法治建设重要事项",
                    "带头尊法学法守法用法，落实会前学法制度", "依法决策，重大行政决策经合法性审查",
                    "年终述法，接受评议"])
YEARS = (2024, 2025, 2026)


MEETING_TOPICS = [  # what a county's committee takes up over a year, quarter by quarter
    "审议年度法治建设工作要点\n听取上年度法治政府建设情况报告\n审议第一责任人职责清单",
    "听取行政复议体制改革推进情况汇报\n研究重大行政决策目录管理\n部署法治督察",
    "听取法治督察发现问题整改情况汇报\n研究乡镇综合行政执法规范化建设\n研究行政争议实质性化解",
    "听取全年法治建设工作情况汇报\n部署年终述法\n研究法治政府建设示范创建",
]


@demo_step
def study(ctx: DemoContext) -> str:
    if StudySession.objects.exists():
        return f"学法述法：已有学法活动 {StudySession.objects.count()} 次"
    rng, today, county = ctx.rng, dt.date.today(), ctx.county
    units = ctx.townships + list(ctx.departments.values())
    sessions, meetings, exams, oaths, duties = [], [], [], [], []
    for year in YEARS:
        def day(month, _year=year):
            return dt.date(_year, month, rng.randint(1, 28))
        for month in (3, 6, 9, 12):
            if day(month) <= today:
                meetings.append(CommitteeMeeting(
                    unit=county, held_on=day(month), kind="plenary" if month == 3 else "office",
                    title=f"示范县委全面依法治县委员会{'全体会议' if month == 3 else '办公室会议'}（{year}年第{month // 3}次）",
                    chaired_by="县委书记" if month == 3 else "县委政法委书记",
                    topics=MEETING_TOPICS[month // 3 - 1]))
        for month in range(1, 13):
            topic, law = rng.choice(TOPICS)
            for kind, unit in (("centre_group", county), ("pre_meeting", ctx.departments["县人民政府办公室"])):
                if day(month) <= today and (kind == "pre_meeting" or month % 2):
                    sessions.append(StudySession(unit=unit, held_on=day(month), kind=kind, topic=topic, laws=law,
                                                 lecturer="县司法局局长", attendance=rng.randint(15, 30),
                                                 leaders_attending=rng.randint(8, 14)))
        for unit in units:
            if day(6) <= today:
                topic, law = rng.choice(TOPICS)
                sessions.append(StudySession(unit=unit, held_on=day(6), kind=rng.choice(["centre_group", "lecture"]),
                                             topic=topic, laws=law, lecturer="法律顾问", attendance=rng.randint(10, 40)))
            if dt.date(year, 2, 20) <= today:
                duties.append(DutyList(unit=unit, year=year, person=ctx.person_name(),
                                       position="党委书记" if unit in ctx.townships else "局长", duties=DUTIES,
                                       issued_on=dt.date(year, 2, 20)))
        for _ in range(rng.randint(10, 18)):
            if day(7) <= today:
                exams.append(LegalExam(unit=rng.choice(units), held_on=day(7), candidate=ctx.person_name(),
                                       position=rng.choice(["副局长", "副镇长", "局长", "副乡长"]),
                                       score=Decimal(rng.randint(55, 98)), passed=False))
        if day(1) <= today:
            oaths.append(Oath(unit=county, held_on=day(1), occasion=f"县人大常委会{year}年第一次会议任命",
                              sworn=rng.randint(5, 15), administered_by="县人大常委会主任"))
    StudySession.objects.bulk_create(sessions)
    CommitteeMeeting.objects.bulk_create(meetings)
    Oath.objects.bulk_create(oaths)
    DutyList.objects.bulk_create(duties)
    for exam in exams:
        actions.record_exam(exam, acting_user=system_user())
    reported = 0
    for year in YEARS:
        on = dt.date(year + 1, 1, 15)
        if on > today:
            continue
        for unit in units:
            if rng.random() < 0.06:
                continue  # a few units missed 述法
            actions.record_law_report(LawReport(
                unit=unit, year=year, reporter=ctx.person_name(), position="党委书记" if unit in ctx.townships else "局长",
                form=rng.choice(["meeting", "written", "with_duty"]), reported_on=on,
                rating=rng.choice(["excellent", "good", "good", "fair"])), acting_user=system_user())
            reported += 1
    return f"学法述法：学法 {len(sessions)} 次，专题会议 {len(meetings)} 次，述法 {reported} 人次"
