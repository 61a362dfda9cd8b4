"""The catalogue of indicator keys: the standard keys of spec/indicator-keys.tsv (shipped as project data in
`data/`) plus the platform's own keys (numerators and extra rates), each with label, unit, kind and aggregation."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "indicator-keys.tsv"

AREAS = {
    "leadership": "党政主要负责人履职", "study": "学法述法", "supervision": "法治督察", "decisions": "重大行政决策",
    "normative": "行政规范性文件", "advisers": "法律顾问", "enforcement": "行政执法", "reconsideration": "行政复议",
    "litigation": "行政应诉", "mediation": "人民调解", "legal_aid": "法律援助", "notary": "公证",
    "legal_services": "公共法律服务", "publicity": "普法", "services": "政务服务", "opengov": "政务公开",
}
# Values at a point in time (the end of the period), not flows over it.
STOCKS = {
    "advisers.count", "enforcement.officers_certified", "enforcement.supervisors", "enforcement.delegated_matters",
    "reconsideration.pending", "mediation.committees", "mediation.mediators", "legal_services.stations",
    "publicity.legal_understanders", "publicity.demo_households", "publicity.demo_villages_national",
    "publicity.demo_villages_provincial", "publicity.demo_villages_municipal", "publicity.culture_sites",
    "study.units_due_law_report",
    "services.items", "services.cert_free_items", "services.power_list_items", "services.commitment_items",
}
# The platform's own keys: (label, unit, kind). Never rename a key silently (DESIGN §5).
EXTRA = {
    "reconsideration.concluded_on_time": ("法定期限内审结的行政复议案件", "件", "count"),
    "reconsideration.examined_on_time": ("5个工作日内审查决定是否受理的申请", "件", "count"),
    "reconsideration.correction_rate": ("行政复议纠错率", "%", "rate"),
    "litigation.cases_heard": ("开庭审理的行政诉讼案件", "件", "count"),
    "litigation.concluded": ("审结的行政诉讼案件", "件", "count"),
    "litigation.loss_rate": ("行政诉讼败诉率", "%", "rate"),
    "enforcement.major_reviewed": ("经法制审核的重大执法决定", "件", "count"),
    "enforcement.decisions_publicised": ("应公示的行政执法决定", "件", "count"),
    "enforcement.published_on_time": ("按期公示的行政执法决定", "件", "count"),
    "enforcement.publicity_on_time_rate": ("行政执法决定按期公示率", "%", "rate"),
    "enforcement.major_review_rate": ("重大执法决定法制审核率", "%", "rate"),
    "decisions.procedures_complete": ("法定程序完备的重大行政决策", "项", "count"),
    "decisions.procedures_complete_rate": ("重大行政决策法定程序完备率", "%", "rate"),
    "normative.issued_reviewed": ("经合法性审核后审议的规范性文件", "件", "count"),
    "normative.filed_on_time": ("按期报备的规范性文件", "件", "count"),
    "normative.filing_on_time_rate": ("规范性文件报备及时率", "%", "rate"),
    "mediation.successful": ("调解成功的矛盾纠纷", "件", "count"),
    "mediation.concluded_within_month": ("一个月内调结的矛盾纠纷", "件", "count"),
    "mediation.within_month_rate": ("人民调解一个月内调结率", "%", "rate"),
    "mediation.judicial_confirmations": ("申请司法确认的调解协议", "件", "count"),
    "legal_aid.applications_decided": ("作出审查决定的法律援助申请", "件", "count"),
    "legal_aid.decided_on_time": ("7日内作出审查决定的法律援助申请", "件", "count"),
    "legal_aid.decision_on_time_rate": ("法律援助审查及时率", "%", "rate"),
    "legal_aid.criminal_defence": ("指派律师辩护的刑事案件", "件", "count"),
    "notary.foreign": ("办理涉外公证", "件", "count"),
    "supervision.findings": ("督察发现问题", "个", "count"),
    "supervision.items_due": ("到期的整改事项", "项", "count"),
    "supervision.closed_on_time": ("按期整改销号的事项", "项", "count"),
    "supervision.on_time_rate": ("督察整改按期销号率", "%", "rate"),
    "study.units_due_law_report": ("应述法的乡镇和部门", "个", "count"),
    "study.law_report_coverage": ("年终述法覆盖率", "%", "rate"),
    "study.pre_appointment_exams": ("任前法律知识考试", "人次", "count"),
    "study.oath_takers": ("宪法宣誓", "人次", "count"),
    "opengov.replied": ("答复的政府信息公开申请", "件", "count"),
    "opengov.replied_on_time": ("按期答复的政府信息公开申请", "件", "count"),
    "opengov.reply_on_time_rate": ("依申请公开按期答复率", "%", "rate"),
}
KIND_LABELS = {"count": "计数", "rate": "比率", "amount": "金额"}
AGGREGATION_LABELS = {"sum": "下级合计", "stock": "期末存量（下级合计）", "ratio": "分子分母分别合计后相除"}


@dataclass(frozen=True)
class Key:
    key: str
    label: str
    unit: str
    kind: str
    standard: bool

    @property
    def area(self) -> str:
        return self.key.split(".")[0]

    @property
    def area_label(self) -> str:
        return AREAS.get(self.area, self.area)

    @property
    def aggregation(self) -> str:
        if self.kind == "rate":
            return "ratio"
        return "stock" if self.key in STOCKS else "sum"

    @property
    def computed(self) -> bool:
        from fazhi.core.indicators import INDICATORS

        return self.key in INDICATORS


@cache
def catalogue() -> dict[str, Key]:
    keys: dict[str, Key] = {}
    with DATA.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            keys[row["key"]] = Key(row["key"], row["label_zh"], row["unit"], row["kind"], True)
    for key, (label, unit, kind) in EXTRA.items():
        keys.setdefault(key, Key(key, label, unit, kind, False))
    return keys


def get(key: str) -> Key:
    try:
        return catalogue()[key]
    except KeyError:
        raise KeyError(f"未知的指标“{key}”") from None


def choices() -> list[tuple[str, str]]:
    return [(k.key, f"{k.label}（{k.key}）") for k in catalogue().values()]
