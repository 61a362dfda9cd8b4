"""Report part of 行政应诉."""

from fazhi.core.report_parts import Draft, has, k, part


@part("oversight", order=20)
def litigation(d: Draft) -> str | None:
    if not has(d.figs, "litigation.cases"):
        return None
    return (f"办理行政应诉案件{k('litigation.cases')}件，行政机关负责人出庭应诉"
            f"{k('litigation.head_appearances')}件，出庭应诉率{k('litigation.head_appearance_rate')}")
