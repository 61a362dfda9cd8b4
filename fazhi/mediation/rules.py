"""Rules of 人民调解.

- 《人民调解工作若干规定》（司法部令第75号）第三十三条: "人民调解委员会调解纠纷，一般在一个月内调结" — a working norm
  (core rule `mediation.conclude`), shown as a reminder, never a bar.
- 《中华人民共和国人民调解法》第三十三条第一款: the parties may jointly apply to the court for judicial confirmation
  "自调解协议生效之日起三十日内" (core rule `mediation.judicial_confirmation`); an application after that is refused.
- 人民调解法第二十九条第二款 / 第三十条: a written agreement takes effect when the parties and the mediator have signed and
  the committee has sealed it; an oral agreement when the parties reach it.
"""

import datetime as dt

from fazhi.core import deadlines, rules

CONCLUDE_BASIS = "《人民调解工作若干规定》（司法部令第75号）第三十三条"
CONFIRMATION_BASIS = "《中华人民共和国人民调解法》第三十三条第一款"
AGREEMENT_BASIS = "《中华人民共和国人民调解法》第二十九条、第三十条"


def conclude_due(received_on: dt.date) -> dt.date:
    return deadlines.compute(rules.get("mediation.conclude"), received_on).due


def confirmation_due(agreement_effective_on: dt.date) -> dt.date:
    return deadlines.compute(rules.get("mediation.judicial_confirmation"), agreement_effective_on).due
