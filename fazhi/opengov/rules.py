"""Rules of 政府信息公开申请: 《中华人民共和国政府信息公开条例》（2019年修订）第三十三条 — a reply within 20 working
days of receipt; extendable once by at most 20 working days with the consent of the head of the disclosure office,
the applicant being told (core rule `opengov.reply`); 第三十条 — an unclear request is sent back once for correction
within 7 working days, the reply period then runs from the corrected request, and a request not corrected in time
is deemed abandoned (core rule `opengov.correction_notice`)."""

import datetime as dt

from fazhi.core import deadlines, rules

BASIS = "《中华人民共和国政府信息公开条例》（2019年修订）第三十三条第二款"
CORRECTION_BASIS = "《中华人民共和国政府信息公开条例》（2019年修订）第三十条"


def reply_due(received_on: dt.date, extended: bool = False) -> dt.date:
    return deadlines.compute(rules.get("opengov.reply"), received_on, extended=extended).due


def correction_notice_due(received_on: dt.date) -> dt.date:
    """第三十条: a request that is unclear is sent back for correction, at once, within 7 working days of receipt."""
    return deadlines.compute(rules.get("opengov.correction_notice"), received_on).due
