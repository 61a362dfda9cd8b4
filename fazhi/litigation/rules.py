"""Rules of 行政应诉: the defence period, the head-of-agency appearance duty, and what counts as losing.

- 行政诉讼法 第六十七条第一款: the defendant files its evidence, legal basis and defence within 15 days of
  receiving the complaint (`litigation.defence`; periods follow 民事诉讼法 via 第一百零一条).
- 行政诉讼法 第三条第三款: the head of the sued agency shall appear; if unable, sends the agency's own staff.
- 最高人民法院《关于行政机关负责人出庭应诉若干问题的规定》(2020): who counts as 负责人 (第二条), when the
  court shall notify the head (第四条), the notice ≥3 days before the sitting (第五条), one appearance per
  instance suffices (第七条), accepted reasons for absence (第八条).
- 行诉法解释 (2018) 第一百二十八条: sending only a lawyer is not appearing.
"""

from __future__ import annotations

import datetime as dt

from fazhi.core import rules
from fazhi.core.deadlines import DeadlineRule, Unit
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

from .models import LitigationCase

HEAD_RULES = "最高人民法院《关于行政机关负责人出庭应诉若干问题的规定》"
BASIS = {
    "defence": "《中华人民共和国行政诉讼法》第六十七条第一款",
    "appearance": f"《中华人民共和国行政诉讼法》第三条第三款；{HEAD_RULES}第二条、第四条、第七条、第八条",
    "notice": f"{HEAD_RULES}第五条第二款",
    "outcome": "《中华人民共和国行政诉讼法》第六十九条至第七十八条",
    "appeal": "《中华人民共和国行政诉讼法》第八十五条",
    "performance": "《中华人民共和国行政诉讼法》第九十四条、第九十六条",
}
NOTICE_MIN_DAYS = 3  # 第五条第二款: 开庭三日前送达出庭通知书


def is_lost(outcome: str) -> bool:
    """Judgments against the agency: 撤销、确认违法、确认无效、履行、变更、赔偿/补偿."""
    return outcome in LitigationCase.LOST


def notice_late(notice_received_on: dt.date | None, hearing_on: dt.date | None) -> bool:
    return bool(notice_received_on and hearing_on and (hearing_on - notice_received_on).days < NOTICE_MIN_DAYS)


# Statutory periods of this area (`fazhi deadline --list`), each verified against the statute text.
rules.register(
    DeadlineRule(
        "litigation.defence", "被告提交答辩状和证据", 15, Unit.DAYS, "收到起诉状副本",
        "《中华人民共和国行政诉讼法》（2017年修正）第六十七条第一款",
        "被告应当在收到起诉状副本之日起十五日内向人民法院提交作出行政行为的证据和所依据的规范性文件，并提出答辩状。",
        holiday_roll=True, note="期间计算依行政诉讼法第一百零一条适用民事诉讼法关于期间的规定。",
    ),
    DeadlineRule(
        "litigation.appeal_judgment", "对第一审判决提起上诉", 15, Unit.DAYS, "判决书送达",
        "《中华人民共和国行政诉讼法》（2017年修正）第八十五条",
        "当事人不服人民法院第一审判决的，有权在判决书送达之日起十五日内向上一级人民法院提起上诉。"
        "逾期不提起上诉的，人民法院的第一审判决或者裁定发生法律效力。",
        holiday_roll=True, note="期间计算依行政诉讼法第一百零一条适用民事诉讼法关于期间的规定。",
    ),
    DeadlineRule(
        "litigation.appeal_ruling", "对第一审裁定提起上诉", 10, Unit.DAYS, "裁定书送达",
        "《中华人民共和国行政诉讼法》（2017年修正）第八十五条",
        "当事人不服人民法院第一审裁定的，有权在裁定书送达之日起十日内向上一级人民法院提起上诉。",
        holiday_roll=True, note="期间计算依行政诉讼法第一百零一条适用民事诉讼法关于期间的规定。",
    ),
)


def appeal_due(outcome: str, instance: str, served_on: dt.date | None) -> dt.date | None:
    """第八十五条: fifteen days from service of a first-instance 判决, ten for a 裁定; none for a 调解书 or a final
    second-instance judgment."""
    if served_on is None or outcome in LitigationCase.NOT_APPEALABLE or instance != LitigationCase.Instance.FIRST:
        return None
    key = "litigation.appeal_ruling" if outcome in LitigationCase.RULINGS else "litigation.appeal_judgment"
    return rules.due(key, served_on)
