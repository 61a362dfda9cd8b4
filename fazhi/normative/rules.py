"""Rules of 行政规范性文件.

- 国办发〔2018〕115号 (合法性审核机制): every document that touches rights and duties is reviewed ("应审必审");
  "合法性审核时间一般不少于5个工作日，最长不超过15个工作日"; "未经合法性审核或者经审核不合法的文件，不得提交
  集体审议"; the review may not be replaced by consultation.
- 国办发〔2018〕37号 and local rules: collective deliberation; 三统一 (统一登记、统一编号、统一印发/公布);
  filing (备案) with the higher government — and, for county-level governments, the people's congress standing
  committee — within a period each jurisdiction sets (FAZHI["NORMATIVE_FILING"]); a validity period, shorter for
  暂行 / 试行 documents, assessed before expiry (FAZHI["NORMATIVE_VALIDITY"]).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings

from fazhi.core import rules
from fazhi.core.deadlines import DeadlineRule, Kind, Unit, add_months
from fazhi.core.rules import due  # noqa: F401 -- re-exported: rules.due(key, start)

from .models import NormativeDocument

REVIEW_GUIDANCE = "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）"
MANAGEMENT = "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）"
BASIS = {
    "review": REVIEW_GUIDANCE,
    "review_time": f"{REVIEW_GUIDANCE}（合理确定审核时限）",
    "deliberation": f"{REVIEW_GUIDANCE}（未经合法性审核或者经审核不合法的文件，不得提交集体审议）；{MANAGEMENT}",
    "register": f"{MANAGEMENT}（统一登记、统一编号、统一印发）",
    "publish": f"{MANAGEMENT}（未经公布的规范性文件不得作为行政管理依据）",
    "filing": f"{MANAGEMENT}；本地规范性文件备案规定",
    "validity": f"{MANAGEMENT}；本地规范性文件有效期制度",
    "cleanup": f"{MANAGEMENT}（定期清理、结果向社会公布）",
}


def validity_years(kind: str) -> int:
    cfg = settings.FAZHI["NORMATIVE_VALIDITY"]
    return cfg["provisional"] if kind in (NormativeDocument.Kind.PROVISIONAL, NormativeDocument.Kind.TRIAL) \
        else cfg["default"]


def valid_until(effective_on: dt.date, kind: str) -> dt.date:
    """The last day of validity: N years from the effective date (5 by default; 2 for 暂行 / 试行)."""
    return add_months(effective_on, 12 * validity_years(kind)) - dt.timedelta(days=1)


def format_number(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}规〔{year}〕{seq}号"


# Statutory periods of this area (`fazhi deadline --list`), each verified against the statute text.
rules.register(
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
        settings_key="NORMATIVE_FILING",
    ),
)
