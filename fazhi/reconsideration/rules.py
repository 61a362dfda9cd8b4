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
}


def application_due(known_on: dt.date | None) -> dt.date | None:
    """Last day to apply: 60 days from knowing of the act (第二十条), moved off rest days."""
    if known_on is None:
        return None
    return deadlines.compute(rules.get("reconsideration.apply"), known_on).due


def examination_due(start: dt.date) -> dt.date:
    """5 working days from receipt, or from receipt of the corrected materials (第三十条、第三十一条第三款)."""
    return deadlines.compute(rules.get("reconsideration.examine"), start).due


def correction_due(notice_served_on: dt.date) -> dt.date:
    """The applicant corrects within 10 working days of receiving the notice (第三十一条第二款)."""
    return deadlines.compute(rules.get("reconsideration.correction"), notice_served_on).due


def copy_due(procedure: str, accepted_on: dt.date) -> dt.date:
    """Copy to the respondent: 7 (普通, 第四十八条) / 3 (简易, 第五十四条) working days from acceptance."""
    key = "reconsideration.send_copy_simplified" if procedure == "simplified" else "reconsideration.send_copy"
    return deadlines.compute(rules.get(key), accepted_on).due


def reply_due(procedure: str, copy_received_on: dt.date) -> dt.date:
    """Respondent's reply: 10 (普通) / 5 (简易) working days from receiving the copy."""
    key = "reconsideration.reply_simplified" if procedure == "simplified" else "reconsideration.reply"
    return deadlines.compute(rules.get(key), copy_received_on).due


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


def is_corrective(decision: str) -> bool:
    """纠错 = 变更、撤销、确认违法、确认无效、责令履行 (第六十三条至第六十七条)."""
    return decision in Application.CORRECTIVE


def officers_count(officers: str) -> int:
    return len([p for p in officers.replace("，", "、").replace(",", "、").replace(" ", "、").split("、") if p.strip()])
