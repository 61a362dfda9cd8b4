"""Rules of 重大行政决策, from the text of 《重大行政决策程序暂行条例》 (国务院令第713号, in force 2019-09-01).

- 第三条第三款: the catalogue is published after the same-level party committee agrees.
- 第十四条: public participation, except for items not to be disclosed by law → may be skipped only with that reason.
- 第十五条: a public comment period of normally ≥30 days; a shorter one must be explained when published.
- 第十八条: every comment is studied and answered.
- 第十九条 / 第二十二条: expert review for technical items, risk assessment where stability or safety is at stake
  → each may be marked not applicable with a recorded reason.
- 第二十五条: no discussion by the decision body before the legality review, or after a finding of unlawfulness.
- 第二十六条: the legality review needs the procedures' account, and normally ≥7 working days.
- 第二十八条: the review brings in 法律顾问 or 公职律师.
- 第三十条: decided at a 常务会议 or 全体会议; dissent recorded; the head explains departing from the majority.
- 第八条: items to be reported to the people's congress standing committee are reported before issue.
- 第三十二条 publication; 第三十三条 archive; 第三十六条 post-evaluation, not by the unit that did the main
  pre-decision assessment.
"""

from __future__ import annotations

from fazhi.core import rules
from fazhi.core.deadlines import DeadlineRule, Kind, Unit
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

from .models import Step

LAW = "《重大行政决策程序暂行条例》"
BASIS = {
    "catalogue": f"{LAW}第三条第三款",
    "start": f"{LAW}第十条、第十一条",
    Step.PUBLIC: f"{LAW}第十四条、第十五条",
    "comments": f"{LAW}第十八条",
    Step.EXPERT: f"{LAW}第十九条、第二十条",
    Step.RISK: f"{LAW}第二十二条至第二十四条",
    Step.LEGALITY: f"{LAW}第二十五条至第二十八条",
    "legality_time": f"{LAW}第二十六条第二款",
    "advisers": f"{LAW}第二十八条",
    Step.COLLECTIVE: f"{LAW}第二十五条第二款、第二十九条、第三十条",
    "npc": f"{LAW}第八条",
    "publish": f"{LAW}第三十二条",
    "archive": f"{LAW}第三十三条",
    "execution": f"{LAW}第三十四条、第三十五条",
    "evaluation": f"{LAW}第三十六条",
}
# The procedures a unit may mark "not applicable", each with the statute's ground for doing so.
WAIVABLE = {
    Step.PUBLIC: "依法不予公开的决策事项（第十四条第一款）",
    Step.EXPERT: "不属于专业性、技术性较强的决策事项（第十九条）",
    Step.RISK: "决策实施不会对社会稳定、公共安全等造成不利影响，或已按有关规定评估（第二十二条）",
}
# Procedures that must be settled before the draft goes to legality review (第二十六条: 履行决策法定程序的说明).
BEFORE_REVIEW = [Step.PUBLIC, Step.EXPERT, Step.RISK]
RISK_LEVELS = [("低", "低风险"), ("中", "中风险"), ("高", "高风险")]
MEETINGS = [("常务会议", "政府常务会议"), ("全体会议", "政府全体会议")]
OUTCOMES = [("通过", "通过"), ("修改后通过", "修改后通过"), ("暂缓", "暂缓决定"), ("不予通过", "不予通过")]
EVALUATION_TRIGGERS = [("未达预期", "实施后明显未达到预期效果"), ("意见较多", "公民、法人或者其他组织提出较多意见"),
                       ("有必要", "决策机关认为有必要")]
# Evidence of each stage, in the order of the decision archive (第三十三条).
ARCHIVE_STAGES = ["决策启动", "公众参与", "专家论证", "风险评估", "合法性审查", "集体讨论决定", "向党委请示报告",
                  "人大常委会报告", "决策公布", "决策执行", "决策后评估", "其他"]


# Statutory periods of this area (`fazhi deadline --list`), each verified against the statute text.
rules.register(
    DeadlineRule(
        "decision.comment_period", "重大行政决策公开征求意见期", 30, Unit.DAYS, "公布决策草案",
        "《重大行政决策程序暂行条例》第十五条", "公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明。",
        kind=Kind.MINIMUM,
    ),
    DeadlineRule(
        "decision.legality_review", "重大行政决策合法性审查时间", 7, Unit.WORKING_DAYS, "送请合法性审查",
        "《重大行政决策程序暂行条例》第二十六条第二款", "送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日。",
        kind=Kind.MINIMUM,
    ),
)
