"""The reconsideration procedure of the 行政复议法 (2023 revision, in force 2024-01-01).

Periods are the DeadlineRules of fazhi.core.rules (keys "reconsideration.*"); this module holds the
gates: when the simplified procedure may be used, which statuses allow which step, how the decision
period moves with suspension and extension, and which decisions count as 纠错.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError

from fazhi.core import deadlines, rules
from fazhi.core.deadlines import DeadlineRule, Kind, Unit
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

from .models import Application

LAW = "《中华人民共和国行政复议法》"
S = Application.Status
SMALL_AMOUNT = Decimal("3000")  # 第五十三条第一款第三项: 案件涉及款额三千元以下
HEARING_MIN_OFFICERS = 2  # 第五十条第三款: 两名以上行政复议人员任听证员
TERMINATION_AFTER_SUSPENSION_DAYS = 60  # 第四十一条第五项
TERMINABLE_SUSPENSION_GROUNDS = {"death", "incapacity", "org_ended"}  # 第三十九条第一款第一、二、四项

BASIS = {
    "receive": f"{LAW}第二十条、第三十条",
    "correction": f"{LAW}第三十一条",
    "accept": f"{LAW}第三十条",
    "reject": f"{LAW}第三十条第二款",
    "copy": f"{LAW}第四十八条、第五十四条",
    "hearing": f"{LAW}第五十条、第五十一条",
    "suspend": f"{LAW}第三十九条",
    "extend": f"{LAW}第六十二条第一款",
    "switch": f"{LAW}第五十五条",
    "decide": f"{LAW}第六十一条至第七十四条",
    "hearing_notice": f"{LAW}第五十一条第一款、第八十八条第二款",
    "performance": f"{LAW}第六十四条、第六十六条、第七十七条",
    "opinion_letter": f"{LAW}第七十六条",
    "incidental": f"{LAW}第五十六条至第六十条、第八十八条第二款",
    "incidental_handle": f"{LAW}第五十六条、第五十七条、第五十九条",
    "incidental_notice": f"{LAW}第五十八条、第八十八条第二款",
    "incidental_transfer": f"{LAW}第五十六条、第五十七条、第六十条、第八十八条第二款",
    "suggestion_letter": "《中华人民共和国行政复议法实施条例》第五十八条（建议书载明的期限）",
}


def application_due(known_on: dt.date | None) -> dt.date | None:
    """Last day to apply: 60 days from knowing of the act (第二十条), moved off rest days."""
    if known_on is None:
        return None
    return rules.due("reconsideration.apply", known_on)


def copy_due(procedure: str, accepted_on: dt.date) -> dt.date:
    """Copy to the respondent: 7 (普通, 第四十八条) / 3 (简易, 第五十四条) working days from acceptance."""
    key = "reconsideration.send_copy_simplified" if procedure == "simplified" else "reconsideration.send_copy"
    return rules.due(key, accepted_on)


def reply_due(procedure: str, copy_received_on: dt.date) -> dt.date:
    """Respondent's reply: 10 (普通) / 5 (简易) working days from receiving the copy."""
    key = "reconsideration.reply_simplified" if procedure == "simplified" else "reconsideration.reply"
    return rules.due(key, copy_received_on)


def decision_due(app: Application) -> dt.date | None:
    """60 days (普通程序) or 30 days (简易程序) from acceptance (第六十二条), plus an approved extension of
    up to 30 days for the ordinary procedure, plus the days the case stood suspended (第三十九条)."""
    if app.accepted_on is None or not app.procedure:
        return None
    key = "reconsideration.decision_simplified" if app.procedure == "simplified" else "reconsideration.decision"
    return deadlines.compute(rules.get(key), app.accepted_on, extended=app.extended,
                             paused_days=app.paused_days).due


def check_simplified(app: Application, ground: str) -> None:
    """第五十三条: the simplified procedure needs one of its grounds, and the facts must bear it out."""
    G = Application.SimplifiedGround
    if not ground:
        raise ValidationError({"simplified_ground": f"适用简易程序须选择{LAW}第五十三条规定的情形。"})
    if ground == G.ON_THE_SPOT and not app.act_on_the_spot:
        raise ValidationError({"simplified_ground": "被申请行政行为并非当场作出，不能依第五十三条第一款第一项适用简易程序。"})
    if ground == G.SMALL_AMOUNT and (app.act_amount is None or app.act_amount > SMALL_AMOUNT):
        raise ValidationError({"simplified_ground": "案件涉及款额未填写或超过三千元，不能依第五十三条第一款第三项适用简易程序。"})
    if ground == G.DISCLOSURE and app.act_type != Application.ActType.DISCLOSURE:
        raise ValidationError({"simplified_ground": "本案不是政府信息公开案件，不能依第五十三条第一款第四项适用简易程序。"})


ORDERS_ACTION = {Application.Decision.REVOKE, Application.Decision.ORDER_PERFORMANCE}  # 第六十四条、第六十六条


def is_corrective(decision: str) -> bool:
    """纠错 = 变更、撤销、确认违法、确认无效、责令履行 (第六十三条至第六十七条)."""
    return decision in Application.CORRECTIVE


def officers_count(officers: str) -> int:
    return len([p for p in officers.replace("，", "、").replace(",", "、").replace(" ", "、").split("、") if p.strip()])


# Statutory periods of this area (`fazhi deadline --list`), each verified against the statute text.
RECON = "《中华人民共和国行政复议法》（2023年修订）"
rules.register(
    DeadlineRule(
        "reconsideration.hearing_notice", "听证书面通知（举行听证的五日前）", 5, Unit.WORKING_DAYS,
        "书面通知听证的时间、地点和拟听证事项", f"{RECON}第五十一条第一款、第八十八条第二款",
        "行政复议机构组织听证的，应当于举行听证的五日前将听证的时间、地点和拟听证事项书面通知当事人。",
        kind=Kind.MINIMUM, note="第八十八条第二款：“五日”是指工作日，不含法定休假日。期限届满日为最早可举行听证的日期。",
    ),
    DeadlineRule(
        "reconsideration.opinion_letter", "报送纠正行政复议意见书所指行为的情况", 60, Unit.DAYS, "收到行政复议意见书",
        f"{RECON}第七十六条",
        "有关机关应当自收到行政复议意见书之日起六十日内，将纠正相关违法或者不当行政行为的情况报送行政复议机关。",
    ),
    DeadlineRule(
        "reconsideration.apply", "申请行政复议期限", 60, Unit.DAYS, "知道或者应当知道该行政行为之日",
        f"{RECON}第二十条", "可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。",
        holiday_roll=True, note="因不可抗力或者其他正当理由耽误的，申请期限自障碍消除之日起继续计算。",
    ),
    DeadlineRule(
        "reconsideration.examine", "行政复议申请审查（受理/不予受理/补正）", 5, Unit.WORKING_DAYS, "收到行政复议申请",
        f"{RECON}第三十条、第三十一条、第八十八条", "行政复议机关收到行政复议申请后，应当在五日内进行审查。……审查期限届满，行政复议机关未作出不予受理决定的，审查期限届满之日起视为受理。",
        note="“五日”为工作日，不含法定休假日（第八十八条第二款）。",
    ),
    DeadlineRule(
        "reconsideration.correction", "申请人补正材料", 10, Unit.WORKING_DAYS, "收到补正通知",
        f"{RECON}第三十一条、第八十八条", "申请人应当自收到补正通知之日起十日内提交补正材料。有正当理由不能按期补正的，行政复议机关可以延长合理的补正期限。",
    ),
    DeadlineRule(
        "reconsideration.send_copy", "发送申请书副本（普通程序）", 7, Unit.WORKING_DAYS, "受理行政复议申请",
        f"{RECON}第四十八条、第八十八条", "行政复议机构应当自行政复议申请受理之日起七日内，将行政复议申请书副本或者行政复议申请笔录复印件发送被申请人。",
    ),
    DeadlineRule(
        "reconsideration.reply", "被申请人书面答复（普通程序）", 10, Unit.WORKING_DAYS, "被申请人收到申请书副本",
        f"{RECON}第四十八条、第八十八条", "被申请人应当自收到行政复议申请书副本或者行政复议申请笔录复印件之日起十日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。",
    ),
    DeadlineRule(
        "reconsideration.send_copy_simplified", "发送申请书副本（简易程序）", 3, Unit.WORKING_DAYS, "受理行政复议申请",
        f"{RECON}第五十四条、第八十八条", "行政复议机构应当自受理行政复议申请之日起三日内，将行政复议申请书副本或者行政复议申请笔录复印件发送被申请人。",
    ),
    DeadlineRule(
        "reconsideration.reply_simplified", "被申请人书面答复（简易程序）", 5, Unit.WORKING_DAYS, "被申请人收到申请书副本",
        f"{RECON}第五十四条、第八十八条", "被申请人应当自收到行政复议申请书副本或者行政复议申请笔录复印件之日起五日内，提出书面答复。",
    ),
    DeadlineRule(
        "reconsideration.decision", "作出行政复议决定（普通程序）", 60, Unit.DAYS, "受理行政复议申请",
        f"{RECON}第六十二条第一款", "适用普通程序审理的行政复议案件，行政复议机关应当自受理申请之日起六十日内作出行政复议决定……经行政复议机构的负责人批准，可以适当延长，并书面告知当事人；但是延长期限最多不得超过三十日。",
        holiday_roll=True, extension=30, extension_unit=Unit.DAYS, extension_note="情况复杂的，经行政复议机构负责人批准，书面告知当事人",
    ),
    DeadlineRule(
        "reconsideration.decision_simplified", "作出行政复议决定（简易程序）", 30, Unit.DAYS, "受理行政复议申请",
        f"{RECON}第六十二条第二款", "适用简易程序审理的行政复议案件，行政复议机关应当自受理申请之日起三十日内作出行政复议决定。",
        holiday_roll=True,
    ),
    DeadlineRule(
        "reconsideration.incidental_handle", "附带审查依法处理（本机关有权处理）", 30, Unit.DAYS,
        "收到附带审查申请（或认为依据不合法）", f"{RECON}第五十六条、第五十七条",
        "申请人依照本法第十三条的规定提出对有关规范性文件的附带审查申请，行政复议机关有权处理的，应当在三十日内依法处理；"
        "无权处理的，应当在七日内转送有权处理的行政机关依法处理。",
        holiday_roll=True, note="三十日不在第八十八条第二款所列之内，按民事诉讼法的期间规定计算（末日为休假日的顺延）。",
    ),
    DeadlineRule(
        "reconsideration.incidental_transfer", "附带审查转送有权处理的机关", 7, Unit.WORKING_DAYS,
        "收到附带审查申请（或认为依据不合法）", f"{RECON}第五十六条、第五十七条、第八十八条第二款",
        "行政复议机关……无权处理的，应当在七日内转送有权处理的行政机关依法处理。",
        note="第八十八条第二款：“七日”是指工作日，不含法定休假日。",
    ),
    DeadlineRule(
        "reconsideration.incidental_notice", "书面通知制定机关答复", 3, Unit.WORKING_DAYS, "行政复议中止",
        f"{RECON}第五十八条第一款、第八十八条第二款",
        "行政复议机关依照本法第五十六条、第五十七条的规定有权处理有关规范性文件或者依据的，行政复议机构应当自行政复议中止之日起"
        "三日内，书面通知规范性文件或者依据的制定机关就相关条款的合法性提出书面答复。",
    ),
    DeadlineRule(
        "reconsideration.incidental_drafter_reply", "制定机关提交书面答复", 10, Unit.WORKING_DAYS, "制定机关收到书面通知",
        f"{RECON}第五十八条第一款、第八十八条第二款",
        "制定机关应当自收到书面通知之日起十日内提交书面答复及相关材料。",
    ),
    DeadlineRule(
        "reconsideration.incidental_transfer_reply", "接受转送的机关回复处理意见", 60, Unit.DAYS, "收到转送",
        f"{RECON}第六十条",
        "依照本法第五十六条、第五十七条的规定接受转送的行政机关、国家机关应当自收到转送之日起六十日内，将处理意见回复转送的"
        "行政复议机关。",
        holiday_roll=True,
    ),
)
