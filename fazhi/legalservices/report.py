"""Report part of 公共法律服务."""

from fazhi.core.report_parts import Draft, has, k, part


@part("disputes", order=20)
def legal_services(d: Draft) -> list[str]:
    parts = []
    if has(d.figs, "legal_aid.cases"):
        parts.append(f"办理法律援助案件{k('legal_aid.cases')}件、办结{k('legal_aid.concluded')}件")
    if has(d.figs, "notary.cases"):
        parts.append(f"办理公证{k('notary.cases')}件")
    if has(d.figs, "legal_services.consultations"):
        parts.append(f"提供法律咨询{k('legal_services.consultations')}人次")
    return parts
