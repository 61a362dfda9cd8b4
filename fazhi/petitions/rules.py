"""Rules of 信访 under the 《信访工作条例》(2022年1月24日中共中央、国务院印发，2022年5月1日起施行). Read against the
text of the 条例 itself (articles quoted in each rule):

- 第二十三条第二款: a matter a petitioner brings directly is registered; what cannot be told on the spot is told in
  writing "自收到信访事项之日起15日内" — unless the petitioner's name and address are unclear.
- 第二十三条第三款: a matter transferred or assigned by a 信访部门 or a higher unit is told to the petitioner in
  writing within 15 days of receipt; a unit that finds it outside its competence raises an objection "自收到之日起
  5个工作日内" with its reasons.
- 第三十四条: a 申诉求决类 matter handled under 第三十一条第六项 (a 信访处理意见书) is concluded "自受理之日起60日内";
  when complicated, with the head's approval, extended by no more than 30 days, the petitioner told the reason.
- 第三十五条: the petitioner may ask the next higher unit for 复查 within 30 days of receiving the written reply; the
  复查 opinion is given within 30 days of receiving the request.
- 第三十六条: 复核 likewise (30 + 30 days); the time of a hearing is not counted in the 复核 period.
Periods in 日 are natural days: the 条例 does not roll them over holidays (no rule like 民事诉讼法第八十五条 applies);
the 5 working days of an objection skip weekends and statutory holidays.
"""

from fazhi.core import rules
from fazhi.core.deadlines import DeadlineRule, Unit
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

REGULATION = "《信访工作条例》"
NOTICE_BASIS = f"{REGULATION}第二十三条"
OBJECTION_BASIS = f"{REGULATION}第二十三条第三款"
CONCLUDE_BASIS = f"{REGULATION}第三十四条"
OPINION_BASIS = f"{REGULATION}第三十一条第六项、第三十二条"
REVIEW_BASIS = f"{REGULATION}第三十五条"
RECHECK_BASIS = f"{REGULATION}第三十六条"
MEDIATION_BASIS = f"{REGULATION}第三十三条、第三十七条"
MAX_EXTENSION_DAYS = 30  # 第三十四条: "延长期限不得超过30日"

rules.register(
    DeadlineRule(
        "petitions.notice", "书面告知信访人", 15, Unit.DAYS, "收到信访事项", NOTICE_BASIS,
        "不能当场告知的，应当自收到信访事项之日起15日内书面告知信访人，但信访人的姓名（名称）、住址不清的除外。",
        note="转送、交办的信访事项，属于本机关职权范围的，同样自收到之日起15日内书面告知接收情况以及处理途径和程序。",
    ),
    DeadlineRule(
        "petitions.objection", "对转送、交办事项提出异议", 5, Unit.WORKING_DAYS, "收到转送、交办的信访事项",
        OBJECTION_BASIS,
        "不属于本机关、单位或者本系统职权范围的，有关机关、单位应当自收到之日起5个工作日内提出异议，并详细说明理由。",
    ),
    DeadlineRule(
        "petitions.conclude", "信访事项办结", 60, Unit.DAYS, "受理", CONCLUDE_BASIS,
        "对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准，"
        "可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由。",
        extension=MAX_EXTENSION_DAYS, extension_note="经本机关、单位负责人批准，并告知信访人延期理由",
    ),
    DeadlineRule(
        "petitions.review_request", "请求复查", 30, Unit.DAYS, "收到书面答复", REVIEW_BASIS,
        "信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查。",
    ),
    DeadlineRule(
        "petitions.review", "提出复查意见", 30, Unit.DAYS, "收到复查请求", REVIEW_BASIS,
        "收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。",
    ),
    DeadlineRule(
        "petitions.recheck", "提出复核意见", 30, Unit.DAYS, "收到复核请求", RECHECK_BASIS,
        "收到复核请求的机关、单位应当自收到复核请求之日起30日内提出复核意见。听证所需时间不计算在前款规定的期限内。",
    ),
)
