"""The first draft of a report, written from the data: a paragraph of facts per area that has data, in the
register of the sample reports, with every number bound to its indicator key so it stays live while edited."""

from __future__ import annotations

from fazhi.core import steps
from fazhi.core.indicators import Period
from fazhi.core.models import OrgUnit
from fazhi.indicators import engine

from . import rules
from .events import Event
from .models import AnnualReport, ReportSection


def _has(figs, *keys) -> bool:
    return any(figs[k].value not in (None, 0) for k in keys if k in figs)


def _full(figs, key) -> bool:
    return figs[key].value is not None and float(figs[key].value) >= 100


def _k(key: str) -> str:
    return "{{ " + key + " }}"


def _area_paragraphs(figs, place: str) -> list[str]:
    """(heading, facts) pairs for the measures section; an area without data is left out."""
    out = []
    if _has(figs, "services.items", "services.online_rate"):
        facts = []
        if _has(figs, "services.items"):
            facts.append(f"{place}政务服务事项{_k('services.items')}项")
        if _has(figs, "services.online_rate"):
            facts.append(f"全程网办率{_k('services.online_rate')}")
        out.append(("依法全面履行政府职能", "深化“放管服”改革，" + "，".join(facts) + "。"))
    if _has(figs, "normative.issued", "normative.filed"):
        text = f"全年制发行政规范性文件{_k('normative.issued')}件，开展合法性审核{_k('normative.legality_reviews')}件"
        text += "，实现应审必审" if _full(figs, "normative.review_rate") else f"，审核率{_k('normative.review_rate')}"
        text += f"；报送备案{_k('normative.filed')}件，备案率{_k('normative.filing_rate')}。"
        if _has(figs, "normative.cleanup.retained", "normative.cleanup.repealed"):
            text += (f"开展规范性文件清理，继续有效{_k('normative.cleanup.retained')}件、修改"
                     f"{_k('normative.cleanup.amended')}件、废止{_k('normative.cleanup.repealed')}件、宣布失效"
                     f"{_k('normative.cleanup.invalidated')}件。")
        out.append(("完善依法行政制度体系", "严格落实行政规范性文件统一登记、统一编号、统一印发制度。" + text))
    if _has(figs, "decisions.major_count", "advisers.count", "advisers.opinions"):
        parts = []
        if _has(figs, "decisions.major_count"):
            parts.append(f"全年作出重大行政决策{_k('decisions.major_count')}项，均履行公众参与、专家论证、风险评估、"
                         f"合法性审查、集体讨论决定程序，开展合法性审查{_k('decisions.legality_reviews')}件")
        if _has(figs, "advisers.count"):
            parts.append(f"聘请政府法律顾问{_k('advisers.count')}名，出具法律意见{_k('advisers.opinions')}件，"
                         f"审查政府合同{_k('advisers.contracts_reviewed')}份")
        out.append(("推进行政决策科学化民主化法治化", "；".join(parts) + "。"))
    if _has(figs, "enforcement.cases"):
        text = (f"全年办理行政执法案件{_k('enforcement.cases')}件，其中简易程序{_k('enforcement.cases_simple')}件、"
                f"普通程序{_k('enforcement.cases_ordinary')}件")
        if _has(figs, "enforcement.cases_major"):
            text += f"，重大执法决定{_k('enforcement.cases_major')}件，经法制审核{_k('enforcement.major_reviewed')}件"
        text += "。"
        if _has(figs, "enforcement.case_files_reviewed"):
            text += (f"开展行政执法案卷评查{_k('enforcement.case_file_review_rounds')}次，评查案卷"
                     f"{_k('enforcement.case_files_reviewed')}本。")
        if _has(figs, "enforcement.officers_certified"):
            text += f"全县持证行政执法人员{_k('enforcement.officers_certified')}人。"
        out.append(("严格规范公正文明执法", "全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。" + text))
    if _has(figs, "reconsideration.applications", "litigation.cases"):
        parts = []
        if _has(figs, "reconsideration.applications"):
            parts.append(f"全年收到行政复议申请{_k('reconsideration.applications')}件，受理行政复议案件"
                         f"{_k('reconsideration.accepted')}件，审结{_k('reconsideration.concluded')}件，其中纠错"
                         f"{_k('reconsideration.corrected')}件，法定期限内审结率{_k('reconsideration.on_time_rate')}")
        if _has(figs, "litigation.cases"):
            parts.append(f"办理行政应诉案件{_k('litigation.cases')}件，行政机关负责人出庭应诉"
                         f"{_k('litigation.head_appearances')}件，出庭应诉率{_k('litigation.head_appearance_rate')}")
        out.append(("强化对行政权力的制约和监督", "；".join(parts) + "。"))
    if _has(figs, "opengov.published", "opengov.applications"):
        parts = []
        if _has(figs, "opengov.published"):
            parts.append(f"主动公开政府信息{_k('opengov.published')}条")
        if _has(figs, "opengov.applications"):
            parts.append(f"受理政府信息公开申请{_k('opengov.applications')}件，按期答复率{_k('opengov.reply_on_time_rate')}")
        out.append(("全面推进政务公开", "；".join(parts) + "。"))
    if _has(figs, "mediation.disputes", "legal_aid.cases", "notary.cases", "legal_services.consultations"):
        parts = []
        if _has(figs, "mediation.disputes"):
            text = (f"依托{_k('mediation.committees')}个人民调解委员会、{_k('mediation.mediators')}名人民调解员，"
                    f"调解矛盾纠纷{_k('mediation.disputes')}件，调解成功率{_k('mediation.success_rate')}")
            if _has(figs, "mediation.pre_litigation"):
                text += f"，承接法院委派诉前调解{_k('mediation.pre_litigation')}件"
            parts.append(text)
        if _has(figs, "legal_aid.cases"):
            parts.append(f"办理法律援助案件{_k('legal_aid.cases')}件、办结{_k('legal_aid.concluded')}件")
        if _has(figs, "notary.cases"):
            parts.append(f"办理公证{_k('notary.cases')}件")
        if _has(figs, "legal_services.consultations"):
            parts.append(f"提供法律咨询{_k('legal_services.consultations')}人次")
        out.append(("依法有效化解社会矛盾纠纷", "坚持和发展新时代“枫桥经验”，全年" + "，".join(parts) + "。"))
    if _has(figs, "publicity.events"):
        text = (f"落实“谁执法谁普法”普法责任制，全年开展普法宣传活动{_k('publicity.events')}场次，发放宣传资料"
                f"{_k('publicity.materials')}份，受众{_k('publicity.audience')}人次")
        if _has(figs, "publicity.legal_understanders"):
            text += f"；培育“法律明白人”{_k('publicity.legal_understanders')}名"
        out.append(("深入开展法治宣传教育", text + "。"))
    return out


def _numbered(paragraphs) -> str:
    numerals = "一二三四五六七八九十"
    return "\n".join(f"（{numerals[i]}）{head}。{facts}" for i, (head, facts) in enumerate(paragraphs))


def _duty(figs) -> str:
    lines = ["党政主要负责人认真履行推进法治建设第一责任人职责，把法治政府建设摆在工作全局的重要位置，"
             "与经济社会发展同部署、同推进、同督促、同考核。"]
    if _has(figs, "leadership.rule_of_law_meetings"):
        lines.append(f"全年召开党委常委会会议、政府常务会议专题研究法治建设{_k('leadership.rule_of_law_meetings')}次。")
    if _has(figs, "study.group_sessions"):
        lines.append(f"坚持领导干部集中学法，全年开展理论学习中心组学法和政府常务会议会前学法{_k('study.group_sessions')}次。")
    if _has(figs, "study.law_reports_units"):
        lines.append(f"推行年终述法，{_k('study.law_reports_units')}个单位主要负责人开展述法，"
                     f"述法覆盖率{_k('study.law_report_coverage')}。")
    if _has(figs, "supervision.inspections"):
        text = f"开展法治督察{_k('supervision.inspections')}次"
        if _has(figs, "supervision.findings"):
            text += (f"，发现问题{_k('supervision.findings')}个，到期整改事项按期销号率"
                     f"{_k('supervision.on_time_rate')}")
        lines.append(text + "。")
    return "\n".join(lines)


def _from_last_year(unit: OrgUnit, year: int, kind: str) -> str:
    last = ReportSection.objects.filter(report__unit=unit, report__year=year - 1, kind=kind).first()
    return last.body if last else ""


TEMPLATES = {
    "shortcomings": "对照法治政府建设的目标要求，仍存在一些不足：一是……（请写明不足）；二是……。原因主要是……。",
    "plans": "（一）……（请写明下一年度的主要安排）\n（二）……",
}


def default_frame(unit: OrgUnit, year: int) -> dict:
    government = unit.name if unit.kind != "county" else f"{unit.name}人民政府"
    parent = unit.parent.name if unit.parent else ""
    return {"issuer": government, "title": f"{government}关于{year}年度法治政府建设情况的报告",
            "addressee": f"{parent}人民政府" if parent and unit.kind in ("county", "city") else parent,
            "printer": f"{government}办公室" if unit.kind == "county" else government}


@steps.step(Event.DRAFT, on=AnnualReport, basis=rules.BASIS)
def draft(unit: OrgUnit, *, acting_user, year: int) -> AnnualReport:
    """Create the year's report for `unit` with a first draft of every mandated section."""
    if AnnualReport.objects.filter(unit=unit, year=year).exists():
        from django.core.exceptions import ValidationError

        raise ValidationError({"year": f"{unit}的{year}年度报告已经存在，请直接编辑。"})
    figs = engine.compute(None, unit, Period.year(year))
    place = {"county": "全县", "city": "全市", "township": "全镇"}.get(unit.kind, "本单位")
    report = AnnualReport(unit=unit, year=year,
                          intro=f"{year}年，{unit.name}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                                "全面落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设。现将有关情况报告如下：")
    report.full_clean()
    report.save()
    bodies = {
        "measures": _numbered(_area_paragraphs(figs, place)),
        "duty": _duty(figs),
        "shortcomings": _from_last_year(unit, year, "shortcomings") or TEMPLATES["shortcomings"],
        "plans": _from_last_year(unit, year, "plans") or TEMPLATES["plans"],
    }
    ReportSection.objects.bulk_create([ReportSection(report=report, kind=k, body=bodies[k])
                                       for k in rules.section_order()])
    steps.record({"year": year})
    return report
