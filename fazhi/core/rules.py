"""Statutory periods (DESIGN §4), each citing its law and article, verified against the statute text.

Counting (applies to all): a period starts on the day after its start event (民事诉讼法 第85条第2款).
行政复议法 第88条 makes its "三日、五日、七日、十日" working days and sends every other period to the
民事诉讼法 rules, under which a period whose last day is a rest day ends on the first day after it
(民事诉讼法 第85条第3款); 行政诉讼法 第101条 does the same for litigation. Where a law gives no such
rule (行政处罚法's 90 days, 法律援助法), the period is not moved: the earlier date is the safe one.

Domain apps look rules up by key; `fazhi deadline --list` prints them.
"""

from __future__ import annotations

from django.conf import settings

from .deadlines import DeadlineRule, Kind, Unit

RECON = "《中华人民共和国行政复议法》（2023年修订）"
RULES: dict[str, DeadlineRule] = {}


def register(rule: DeadlineRule) -> DeadlineRule:
    if rule.key in RULES:
        raise ValueError(f"duplicate deadline rule {rule.key}")
    RULES[rule.key] = rule
    return rule


def get(key: str) -> DeadlineRule:
    """The rule under `key`; jurisdiction-configurable rules read their settings here."""
    if key == "normative.filing":
        cfg = settings.FAZHI["NORMATIVE_FILING"]
        base = RULES[key]
        return DeadlineRule(**{**base.__dict__, "count": cfg["count"], "unit": cfg["unit"]})
    return RULES[key]


for _rule in [
    # 行政复议 -----------------------------------------------------------------------------
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
    # 行政处罚与执法公示 --------------------------------------------------------------------
    DeadlineRule(
        "penalty.decision", "普通程序作出行政处罚决定", 90, Unit.DAYS, "立案",
        "《中华人民共和国行政处罚法》（2021年修订）第六十条", "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。",
        note="行政处罚法未规定期间顺延规则，本期限不因节假日顺延。",
    ),
    DeadlineRule(
        "enforcement.publicity_penalty", "行政许可、行政处罚决定公示", 7, Unit.WORKING_DAYS, "作出执法决定",
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二、（三）",
        "行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开，但法律、行政法规另有规定的除外。",
    ),
    DeadlineRule(
        "enforcement.publicity_other", "其他行政执法决定公示", 20, Unit.WORKING_DAYS, "作出执法决定",
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二、（三）",
        "行政执法机关要在执法决定作出之日起20个工作日内，向社会公布执法机关、执法对象、执法类别、执法结论等信息。",
    ),
    # 重大行政决策 ----------------------------------------------------------------------------
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
    # 行政规范性文件 --------------------------------------------------------------------------
    DeadlineRule(
        "normative.legality_review", "行政规范性文件合法性审核", 15, Unit.WORKING_DAYS, "送审",
        "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）",
        "合法性审核时间一般不少于5个工作日，最长不超过15个工作日。",
        note="审核时间一般不少于5个工作日；此处计算最长期限15个工作日。",
    ),
    DeadlineRule(
        "normative.legality_review_minimum", "行政规范性文件合法性审核最短时间", 5, Unit.WORKING_DAYS, "送审",
        "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）",
        "合法性审核时间一般不少于5个工作日，最长不超过15个工作日。",
        kind=Kind.MINIMUM, note="因紧急情况缩短的，应当记录理由。",
    ),
    DeadlineRule(
        "normative.filing", "行政规范性文件报送备案", 30, Unit.DAYS, "公布",
        "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）及本地备案规定",
        "各地备案期限不一（公布之日起15日、30日或3个工作日），由部署配置 FAZHI_NORMATIVE_FILING_DAYS 设定。",
    ),
    # 政府信息公开 ----------------------------------------------------------------------------
    DeadlineRule(
        "opengov.reply", "政府信息公开申请答复", 20, Unit.WORKING_DAYS, "收到申请",
        "《中华人民共和国政府信息公开条例》（2019年修订）第三十三条第二款",
        "行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。",
        extension=20, extension_unit=Unit.WORKING_DAYS, extension_note="经政府信息公开工作机构负责人同意并告知申请人",
    ),
    DeadlineRule(
        "opengov.correction_notice", "政府信息公开申请一次性告知补正", 7, Unit.WORKING_DAYS, "收到申请",
        "《中华人民共和国政府信息公开条例》（2019年修订）第三十条",
        "政府信息公开申请内容不明确的，行政机关应当给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。答复期限自行政机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。",
    ),
    # 行政应诉 ----------------------------------------------------------------------------------
    DeadlineRule(
        "litigation.defence", "被告提交答辩状和证据", 15, Unit.DAYS, "收到起诉状副本",
        "《中华人民共和国行政诉讼法》（2017年修正）第六十七条第一款",
        "被告应当在收到起诉状副本之日起十五日内向人民法院提交作出行政行为的证据和所依据的规范性文件，并提出答辩状。",
        holiday_roll=True, note="期间计算依行政诉讼法第一百零一条适用民事诉讼法关于期间的规定。",
    ),
    # 法律援助 ----------------------------------------------------------------------------------
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
    # 人民调解 ----------------------------------------------------------------------------------
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
]:
    register(_rule)
