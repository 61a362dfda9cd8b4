"""Rules of 政府信息公开申请: 《中华人民共和国政府信息公开条例》（2019年修订）第三十三条 — a reply within 20 working
days of receipt; extendable once by at most 20 working days with the consent of the head of the disclosure office,
the applicant being told (core rule `opengov.reply`); 第三十条 — an unclear request is sent back once for correction
within 7 working days, the reply period then runs from the corrected request, and a request not corrected in time
is deemed abandoned (core rule `opengov.correction_notice`)."""

import datetime as dt

from fazhi.core import deadlines, rules
from fazhi.core.deadlines import DeadlineRule, Unit
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

BASIS = "《中华人民共和国政府信息公开条例》（2019年修订）第三十三条第二款"
CORRECTION_BASIS = "《中华人民共和国政府信息公开条例》（2019年修订）第三十条"
CONSULT_BASIS = "《中华人民共和国政府信息公开条例》（2019年修订）第三十二条、第三十三条第三款、第三十四条"
PROACTIVE_BASIS = "《中华人民共和国政府信息公开条例》（2019年修订）第二十六条"
ANNUAL_REPORT_BASIS = "《中华人民共和国政府信息公开条例》（2019年修订）第四十九条"


def annual_report_due(year: int, kind: str) -> dt.date:
    """第四十九条: a department's report on `year` by 31 January of the next year; a government's by 31 March."""
    return dt.date(year + 1, 1, 31) if kind == "department" else dt.date(year + 1, 3, 31)


def reply_due(received_on: dt.date, extended: bool = False) -> dt.date:
    return deadlines.compute(rules.get("opengov.reply"), received_on, extended=extended).due


# Statutory periods of this area (`fazhi deadline --list`), each verified against the statute text.
rules.register(
    DeadlineRule(
        "opengov.reply", "政府信息公开申请答复", 20, Unit.WORKING_DAYS, "收到申请",
        "《中华人民共和国政府信息公开条例》（2019年修订）第三十三条第二款",
        "行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。",
        extension=20, extension_unit=Unit.WORKING_DAYS, extension_note="经政府信息公开工作机构负责人同意并告知申请人",
    ),
    DeadlineRule(
        "opengov.consultation", "第三方（其他机关）提出意见", 15, Unit.WORKING_DAYS, "收到征求意见书", CONSULT_BASIS,
        "第三方应当自收到征求意见书之日起15个工作日内提出意见。第三方逾期未提出意见的，由行政机关依照本条例的规定决定"
        "是否公开。……行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内。",
        note="征求意见所用的工作日（至收到意见之日，最多15个工作日）加到答复期限上。",
    ),
    DeadlineRule(
        "opengov.proactive", "主动公开政府信息", 20, Unit.WORKING_DAYS, "政府信息形成或者变更", PROACTIVE_BASIS,
        "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。法律、法规对政府信息公开的期限"
        "另有规定的，从其规定。",
        note="法律、法规另有规定期限的事项，登记时写明该规定，不按本期限提醒。",
    ),
    DeadlineRule(
        "opengov.correction_notice", "政府信息公开申请一次性告知补正", 7, Unit.WORKING_DAYS, "收到申请",
        "《中华人民共和国政府信息公开条例》（2019年修订）第三十条",
        "政府信息公开申请内容不明确的，行政机关应当给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。答复期限自行政机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。",
    ),
)
