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


from fazhi.core import rules
from fazhi.core.deadlines import DeadlineRule, Unit
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

DECIDE_BASIS = "《中华人民共和国法律援助法》第四十三条第一款"
NOTIFIED_BASIS = "《中华人民共和国法律援助法》第三十六条"
OBJECTION_BASIS = "《中华人民共和国法律援助法》第四十九条"


# Statutory periods of this area (`fazhi deadline --list`), each verified against the statute text.
rules.register(
    DeadlineRule(
        "legal_aid.decide", "法律援助申请审查决定", 7, Unit.DAYS, "收到法律援助申请",
        "《中华人民共和国法律援助法》第四十三条第一款",
        "法律援助机构应当自收到法律援助申请之日起七日内进行审查，作出是否给予法律援助的决定。",
        note="法律援助法未规定以工作日计算，按自然日计算且不顺延。",
    ),
    DeadlineRule(
        "legal_aid.assign", "指派法律援助人员", 3, Unit.DAYS, "决定给予法律援助",
        "《中华人民共和国法律援助法》第四十三条第一款",
        "决定给予法律援助的，应当自作出决定之日起三日内指派法律援助人员为受援人提供法律援助。",
    ),
    DeadlineRule(
        "legal_aid.assign_notified", "通知辩护（代理）案件指派律师", 3, Unit.DAYS, "收到人民法院、人民检察院、公安机关的通知",
        "《中华人民共和国法律援助法》第三十六条",
        "人民法院、人民检察院、公安机关办理刑事案件，发现有本法第二十五条第一款、第二十八条规定情形的，应当在三日内通知法律援助机构指派律师。法律援助机构收到通知后，应当在三日内指派律师并通知人民法院、人民检察院、公安机关。",
    ),
    DeadlineRule(
        "legal_aid.objection", "对不予法律援助决定异议的审查", 5, Unit.DAYS, "收到异议",
        "《中华人民共和国法律援助法》第四十九条第二款",
        "司法行政部门应当自收到异议之日起五日内进行审查，作出维持法律援助机构决定或者责令法律援助机构改正的决定。",
    ),
)
