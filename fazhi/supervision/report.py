"""Report part of 法治督察 (the duty section)."""

from fazhi.core.report_parts import Draft, has, k, part


@part("duty", order=20)
def inspections(d: Draft) -> str | None:
    if not has(d.figs, "supervision.inspections"):
        return None
    text = f"开展法治督察{k('supervision.inspections')}次"
    if has(d.figs, "supervision.findings"):
        text += f"，督察发现问题{k('supervision.findings')}个，到期整改事项按期销号率{k('supervision.on_time_rate')}"
    return text + "。"
