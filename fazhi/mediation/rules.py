"""Rules of 人民调解.

- 《人民调解工作若干规定》（司法部令第75号）第三十三条: "人民调解委员会调解纠纷，一般在一个月内调结" — a working norm
  (core rule `mediation.conclude`), shown as a reminder, never a bar.
- 《中华人民共和国人民调解法》第三十三条第一款: the parties may jointly apply to the court for judicial confirmation
  "自调解协议生效之日起三十日内" (core rule `mediation.judicial_confirmation`); an application after that is refused.
- 人民调解法第二十九条第二款 / 第三十条: a written agreement takes effect when the parties and the mediator have signed and
  the committee has sealed it; an oral agreement when the parties reach it.
"""


from fazhi.core import rules
from fazhi.core.deadlines import DeadlineRule, Unit
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

CONCLUDE_BASIS = "《人民调解工作若干规定》（司法部令第75号）第三十三条"
CONFIRMATION_BASIS = "《中华人民共和国人民调解法》第三十三条第一款"
AGREEMENT_BASIS = "《中华人民共和国人民调解法》第二十九条、第三十条"


# Statutory periods of this area (`fazhi deadline --list`), each verified against the statute text.
rules.register(
    DeadlineRule(
        "mediation.conclude", "人民调解一般调结期限", 1, Unit.MONTHS, "受理调解",
        "《人民调解工作若干规定》（司法部令第75号）第三十三条",
        "人民调解委员会调解纠纷，一般在一个月内调结。",
        note="人民调解法本身未规定调解期限；“一般”为工作要求，逾期应说明原因，不影响调解协议效力。",
    ),
    DeadlineRule(
        "mediation.judicial_confirmation", "申请司法确认调解协议", 30, Unit.DAYS, "调解协议生效",
        "《中华人民共和国人民调解法》第三十三条第一款",
        "经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。",
        holiday_roll=True, note="向人民法院申请，期间依民事诉讼法第八十五条计算，末日为节假日的顺延。",
    ),
)
