"""Rules of the oversight a government accepts: 人大代表建议 and 政协委员提案 it is assigned, and 检察建议 and 司法建议
it receives.

- 《全国人民代表大会和地方各级人民代表大会代表法》（2025年修正）第五十一条第二款: the organs "自交办之日起三个月内
  答复。涉及面广、处理难度大的建议、批评和意见，应当自交办之日起六个月内答复。" (rule `oversight.npc_reply`; the
  six months for a complex one are its extension of three months).
- 政协提案: the period is set by each government's 办理办法, not by a statute; the platform's default is three months
  from 交办 (as for 代表建议), at most six for a complex one — e.g. 《四川省人民政府办理人大代表建议和政协提案办法》:
  three months for proposals made between sessions, five for those of the plenary session, six at most. An office sets
  its own in FAZHI["CPPCC_REPLY_PERIOD"] = {"count": 5, "unit": "months"}.
- 诉前检察建议 in 行政公益诉讼: two months from receipt to perform the duty and reply in writing; fifteen days when the
  harm to the public interest is spreading (两高《关于检察公益诉讼案件适用法律若干问题的解释》第二十一条).
- Other 检察建议 (人民检察院组织法第二十一条: the unit "应当…将采纳检察建议的情况书面回复") and 司法建议: the reply
  is due by the date the 建议书 itself sets, entered at receipt.
"""

from fazhi.core import rules
from fazhi.core.deadlines import DeadlineRule, Unit
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

NPC_BASIS = "《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第五十一条第二款"
CPPCC_BASIS = "本级人民政府办理政协提案办法（期限可配置，默认自交办之日起三个月、复杂的不超过六个月）"
PUBLIC_INTEREST_BASIS = "《最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》第二十一条"
PROCURATORIAL_BASIS = "《中华人民共和国人民检察院组织法》第二十一条"
JUDICIAL_BASIS = "司法建议书载明的回复期限（《最高人民法院关于加强司法建议工作的意见》）"
REDO_BASIS = ("代表（委员）对答复不满意的，承办单位重新办理，并在3个月内再次答复（各地办理办法，如《四川省人民政府办理"
              "人大代表建议和政协提案办法》）")

rules.register(
    DeadlineRule(
        "oversight.npc_reply", "答复人大代表建议", 3, Unit.MONTHS, "交办", NPC_BASIS,
        "有关机关、组织应当认真研究办理代表建议、批评和意见，与代表联系沟通，充分听取意见，并自交办之日起三个月内"
        "答复。涉及面广、处理难度大的建议、批评和意见，应当自交办之日起六个月内答复。",
        extension=3, extension_note="涉及面广、处理难度大的，自交办之日起六个月内答复",
    ),
    DeadlineRule(
        "oversight.cppcc_reply", "答复政协委员提案", 3, Unit.MONTHS, "交办", CPPCC_BASIS,
        "承办单位应当在规定期限内办理完毕并书面答复提案者（各地办理办法规定，如四川省：闭会期间提案三个月、"
        "全体会议期间提案五个月，至迟不超过六个月）。",
        extension=3, settings_key="CPPCC_REPLY_PERIOD",
        note="政协提案的办理期限由各地人民政府办理办法规定，请按本地办法在设置中调整。",
    ),
    DeadlineRule(
        "oversight.public_interest_reply", "履行职责并书面回复诉前检察建议", 2, Unit.MONTHS, "收到检察建议书",
        PUBLIC_INTEREST_BASIS,
        "行政机关应当在收到检察建议书之日起两个月内依法履行职责，并书面回复人民检察院。出现国家利益或者社会公共利益"
        "损害继续扩大等紧急情形的，行政机关应当在十五日内书面回复。",
    ),
    DeadlineRule(
        "oversight.public_interest_urgent", "紧急情形书面回复诉前检察建议", 15, Unit.DAYS, "收到检察建议书",
        PUBLIC_INTEREST_BASIS,
        "出现国家利益或者社会公共利益损害继续扩大等紧急情形的，行政机关应当在十五日内书面回复。",
    ),
)
