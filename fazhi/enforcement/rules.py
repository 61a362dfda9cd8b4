"""Rules of 行政执法: the 行政处罚法 (2021) gates and the 三项制度 of 国办发〔2018〕118号.

- 第四十二条: 行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人 → a case needs at least two
  handlers, each holding a valid certificate.
- 第五十一条: 当场处罚 only for 警告 or a fine of ≤200元 (citizen) / ≤3000元 (legal person or organisation).
- 第五十八条: 法制审核 before the decision in the four listed cases; "未经法制审核或者审核未通过的，不得作出决定";
  a first-time reviewer must hold the 法律职业资格. Provinces add a fine threshold (configurable).
- 第六十条: decision within 90 days of 立案 (ordinary procedure), unless a law, regulation or rule provides otherwise.
- 第六十三条、第六十四条: hearing for heavy penalties; the party asks within 5 working days of being told (第八十五条).
- 118号: publish 许可/处罚 decisions within 7 working days, others within 20; reviewers ≥5% of officers.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings

from fazhi.core import rules
from fazhi.core.deadlines import DeadlineRule, Kind, Unit

from .models import Case

LAW = "《中华人民共和国行政处罚法》"
GUIDANCE = "国办发〔2018〕118号"
MIN_HANDLERS = 2
SIMPLE_FINE_LIMIT = {"person": Decimal("200"), "organisation": Decimal("3000")}
SIMPLE_DECISIONS = {Case.DecisionType.WARNING, Case.DecisionType.FINE}
PENALTY_DECISIONS = {Case.DecisionType.WARNING, Case.DecisionType.FINE, Case.DecisionType.CONFISCATION,
                     Case.DecisionType.LICENCE, Case.DecisionType.RESTRICTION, Case.DecisionType.DETENTION,
                     Case.DecisionType.NO_PENALTY}
SEVEN_DAY_PUBLICITY = PENALTY_DECISIONS | {Case.DecisionType.LICENSING}
CERTIFICATE_WARN_DAYS = 60
REVIEWER_RATIO = Decimal("0.05")
# 全过程记录 (118号): evidence is filed under the stage of the procedure it documents.
RECORD_STAGES = ["立案", "调查取证", "告知", "听证", "法制审核", "决定", "送达", "执行", "结案", "其他"]
GRADE_EXCELLENT, GRADE_PASS = Decimal("90"), Decimal("60")

BASIS = {
    "handlers": f"{LAW}第四十二条",
    "simple": f"{LAW}第五十一条",
    "review": f"{LAW}第五十八条；{GUIDANCE}",
    "decision": f"{LAW}第六十条",
    "hearing": f"{LAW}第六十三条、第六十四条",
    "notice": f"{LAW}第四十四条、第四十五条",
    "publicity": f"{GUIDANCE}二、（三）",
    "service": f"{LAW}第六十一条",
    "limitation": f"{LAW}第三十六条",
    "hearing_notice": f"{LAW}第六十四条第二项、第八十五条",
    "payment": f"{LAW}第六十七条第三款",
    "late_charge": f"{LAW}第七十二条第一款第一项、第七十三条第三款",
    "preservation": f"{LAW}第五十六条、第八十五条",
    "withdrawal": f"{LAW}第四十八条第二款、第八十五条",
    "extension": f"{LAW}第六十条（“法律、法规、规章另有规定的，从其规定”）",
    "certificate": f"{LAW}第四十二条；各省行政执法证件管理办法",
    "review_campaign": "《法治政府建设实施纲要（2021－2025年）》；本级行政执法案卷评查办法",
}


def fine_threshold(party_type: str) -> Decimal:
    """The province's fine above which a decision needs 法制审核 (FAZHI["LEGAL_REVIEW_FINE"])."""
    return Decimal(str(settings.FAZHI["LEGAL_REVIEW_FINE"][party_type]))


def hearing_threshold(party_type: str) -> Decimal:
    """"较大数额罚款" (第六十三条) as set by the province or sector (FAZHI["HEARING_FINE"])."""
    return Decimal(str(settings.FAZHI["HEARING_FINE"][party_type]))


def simple_allowed(party_type: str, decision_type: str, fine: Decimal | None) -> bool:
    """第五十一条: 警告, or a fine within the on-the-spot limit."""
    if decision_type == Case.DecisionType.WARNING:
        return True
    return decision_type == Case.DecisionType.FINE and fine is not None and fine <= SIMPLE_FINE_LIMIT[party_type]


def hearing_right_required(party_type: str, decision_type: str, fine: Decimal | None,
                           confiscation: Decimal | None = None) -> bool:
    """第六十三条: 较大数额罚款、没收较大数额违法所得或非法财物、降低资质等级、吊销许可证件、责令停产停业、
    责令关闭、限制从业 and other heavy penalties require telling the party of the right to a hearing."""
    if decision_type in {Case.DecisionType.LICENCE, Case.DecisionType.RESTRICTION}:
        return True
    amount = (fine or 0) + (confiscation or 0)
    return decision_type in {Case.DecisionType.FINE, Case.DecisionType.CONFISCATION} and \
        amount >= hearing_threshold(party_type)


def review_reasons(case: Case, decision_type: str, fine: Decimal | None) -> list[str]:
    """Why this decision needs 法制审核 first (empty: it does not)."""
    reasons = []
    if case.major_reason:
        reasons.append(case.get_major_reason_display())
    if case.matter_id and case.matter.needs_legal_review:
        reasons.append("执法事项列入重大执法决定法制审核目录清单")
    if case.hearing_held_on:
        reasons.append("经过听证程序（第五十八条第一款第二项）")
    if fine is not None and fine >= fine_threshold(case.party_type):
        reasons.append(f"罚款数额达到本省规定的法制审核标准（{fine_threshold(case.party_type)}元）")
    if decision_type in {Case.DecisionType.LICENCE, Case.DecisionType.RESTRICTION}:
        reasons.append("吊销许可证件、责令停产停业等重大权益事项")
    return reasons


def decision_due(filed_on: dt.date, extension_days: int = 0) -> dt.date:
    due = rules.due("penalty.decision", filed_on)
    return due + dt.timedelta(days=extension_days)


def publicity_due(decision_type: str, decided_on: dt.date) -> dt.date:
    key = "enforcement.publicity_penalty" if decision_type in SEVEN_DAY_PUBLICITY else "enforcement.publicity_other"
    return rules.due(key, decided_on)


def hearing_request_due(notified_on: dt.date) -> dt.date:
    """第六十四条: the party asks for a hearing within 5 (working) days of being told (第八十五条)."""
    from fazhi.core import calendar

    return calendar.add_working_days(notified_on, 5)


LATE_CHARGE_RATE = Decimal("0.03")  # 第七十二条第一款第一项: 每日按罚款数额的百分之三


def limitation_ends(offence_on: dt.date, health_or_finance: bool) -> dt.date:
    """第三十六条: not discovered within two years (five where life, health or financial security is harmed), no
    penalty; counted from the act (its end, when continuing). The last day of the period."""
    from fazhi.core.deadlines import add_months

    return add_months(offence_on, 12 * (5 if health_or_finance else 2))


def late_charge(fine: Decimal, due: dt.date, paid_on: dt.date, suspended_days: int = 0) -> Decimal:
    """第七十二条第一款第一项: 3% of the fine for each day after the due date, never more than the fine; the days of a
    复议 or 诉讼 are not counted (第七十三条第三款)."""
    days = max(0, (paid_on - due).days - suspended_days)
    return min(fine, (fine * LATE_CHARGE_RATE * days).quantize(Decimal("0.01")))


CITED_RULE = r"《[^》]+》[^，。；]*第[一二三四五六七八九十百零〇\d]+条"


def grade(total: Decimal, vetoed: bool) -> str:
    if vetoed or total < GRADE_PASS:
        return "fail"
    return "excellent" if total >= GRADE_EXCELLENT else "pass"


DEFAULT_RUBRIC = [
    {"code": "V1", "text": "执法主体不合法或超越职权", "kind": "veto", "points": 0, "part": "substance"},
    {"code": "V2", "text": "执法人员未取得执法证件", "kind": "veto", "points": 0, "part": "substance"},
    {"code": "V3", "text": "认定事实不清、主要证据不足", "kind": "veto", "points": 0, "part": "substance"},
    {"code": "V4", "text": "适用法律、法规错误", "kind": "veto", "points": 0, "part": "substance"},
    {"code": "V5", "text": "重大执法决定未经法制审核", "kind": "veto", "points": 0, "part": "substance"},
    {"code": "D1", "text": "立案审批手续不全", "kind": "deduction", "points": 5, "part": "form"},
    {"code": "D2", "text": "调查笔录不规范、缺少签名", "kind": "deduction", "points": 5, "part": "form"},
    {"code": "D3", "text": "未履行告知程序或告知内容不全", "kind": "deduction", "points": 10, "part": "substance"},
    {"code": "D4", "text": "自由裁量未说明理由或未适用裁量基准", "kind": "deduction", "points": 10, "part": "substance"},
    {"code": "D5", "text": "送达程序不规范", "kind": "deduction", "points": 5, "part": "form"},
    {"code": "D6", "text": "未按期公示执法决定", "kind": "deduction", "points": 5, "part": "form"},
    {"code": "D7", "text": "案卷装订、归档不规范", "kind": "deduction", "points": 3, "part": "form"},
    {"code": "D8", "text": "全过程记录（音像）缺失", "kind": "deduction", "points": 5, "part": "form"},
]
FORM_FULL, SUBSTANCE_FULL = Decimal("40"), Decimal("60")


# Statutory periods of this area (`fazhi deadline --list`), each verified against the statute text.
rules.register(
    DeadlineRule(
        "penalty.decision", "普通程序作出行政处罚决定", 90, Unit.DAYS, "立案",
        "《中华人民共和国行政处罚法》（2021年修订）第六十条", "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。",
        note="行政处罚法未规定期间顺延规则，本期限不因节假日顺延。",
    ),
    DeadlineRule(
        "penalty.hearing_notice", "听证通知（举行听证的七日前）", 7, Unit.WORKING_DAYS, "通知当事人听证的时间、地点",
        f"{LAW}第六十四条第二项、第八十五条", "行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点。",
        kind=Kind.MINIMUM, note="第八十五条：本法中“七日”是指工作日，不含法定节假日。期限届满日为最早可举行听证的日期。",
    ),
    DeadlineRule(
        "penalty.service", "送达行政处罚决定书（当事人不在场）", 7, Unit.WORKING_DAYS, "宣告行政处罚决定",
        f"{LAW}第六十一条第一款、第八十五条",
        "行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》"
        "的有关规定，将行政处罚决定书送达当事人。",
    ),
    DeadlineRule(
        "penalty.payment", "缴纳罚款", 15, Unit.DAYS, "收到行政处罚决定书", f"{LAW}第六十七条第三款",
        "当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。",
        note="十五日不在第八十五条所列“二日、三日、五日、七日”之内，按自然日计算；到期不缴纳的，每日按罚款数额的百分之三"
             "加处罚款，加处罚款的数额不得超出罚款的数额（第七十二条第一款第一项）。",
    ),
    DeadlineRule(
        "penalty.preservation", "先行登记保存后作出处理决定", 7, Unit.WORKING_DAYS, "先行登记保存",
        f"{LAW}第五十六条、第八十五条",
        "在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存，并应当在七日内及时作出处理决定，"
        "在此期间，当事人或者有关人员不得销毁或者转移证据。",
        note="第八十五条：本法中“七日”是指工作日，不含法定节假日。",
    ),
    DeadlineRule(
        "penalty.withdrawal", "撤回已公开的行政处罚决定信息", 3, Unit.WORKING_DAYS, "决定被变更、撤销、确认违法或者确认无效",
        f"{LAW}第四十八条第二款、第八十五条",
        "公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。",
        note="第八十五条：本法中“三日”是指工作日，不含法定节假日。只适用于已经公开的决定。",
    ),
    DeadlineRule(
        "enforcement.publicity_penalty", "行政许可、行政处罚决定公示", 7, Unit.WORKING_DAYS, "作出执法决定",
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二、（三）",
        "行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开，但法律、行政法规另有规定的除外。",
    ),
    DeadlineRule(
        "enforcement.publicity_other", "其他行政执法决定公示", 20, Unit.WORKING_DAYS, "作出执法决定",
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二、（三）",
        "行政执法机关要在执法决定作出之日起20个工作日内，向社会公布执法机关、执法对象、执法类别、执法结论等信息。",
    ),
)
