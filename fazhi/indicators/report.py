"""Report part of 政务服务 (reported values)."""

from fazhi.core.report_parts import has, k, part


@part("functions", order=10)
def services(figs, place: str) -> list[str]:
    facts = []
    if has(figs, "services.items"):
        facts.append(f"{place}政务服务事项{k('services.items')}项")
    if has(figs, "services.online_rate"):
        facts.append(f"全程网办率{k('services.online_rate')}")
    return facts
