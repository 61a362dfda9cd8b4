"""Report part of 政务服务 (reported values)."""

from fazhi.core.report_parts import Draft, has, k, part


@part("functions", order=10)
def services(d: Draft) -> list[str]:
    facts = []
    if has(d.figs, "services.items"):
        facts.append(f"{d.place}政务服务事项{k('services.items')}项")
    if has(d.figs, "services.online_rate"):
        facts.append(f"全程网办率{k('services.online_rate')}")
    return facts
