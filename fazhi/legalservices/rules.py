"""Rules of 法律援助 (《中华人民共和国法律援助法》, in force 2022-01-01).

- 第四十三条第一款: review an application and decide within 7 days of receipt; when aid is granted, assign within 3 days
  of the decision; when refused, tell the applicant in writing with the reasons (core rules `legal_aid.decide`,
  `legal_aid.assign`).
- 第三十六条: on a notice from a court, procuratorate or police in a criminal case, assign a lawyer within 3 days
  (core rule `legal_aid.assign_notified`).
- 第四十九条: an objection to a refusal goes to the 司法行政部门, which decides within 5 days of receiving it, upholding
  the refusal or ordering the aid centre to correct it (core rule `legal_aid.objection`).
The law gives no working-day or rest-day rule for these periods: they are natural days and are not moved.
"""

import datetime as dt

from fazhi.core import deadlines, rules

DECIDE_BASIS = "《中华人民共和国法律援助法》第四十三条第一款"
NOTIFIED_BASIS = "《中华人民共和国法律援助法》第三十六条"
OBJECTION_BASIS = "《中华人民共和国法律援助法》第四十九条"


def decide_due(received_on: dt.date) -> dt.date:
    return deadlines.compute(rules.get("legal_aid.decide"), received_on).due


def assign_due(granted_on: dt.date) -> dt.date:
    return deadlines.compute(rules.get("legal_aid.assign"), granted_on).due


def assign_due_notified(notified_on: dt.date) -> dt.date:
    return deadlines.compute(rules.get("legal_aid.assign_notified"), notified_on).due


def objection_due(received_on: dt.date) -> dt.date:
    return deadlines.compute(rules.get("legal_aid.objection"), received_on).due
