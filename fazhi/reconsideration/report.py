"""Report part of 行政复议."""

from fazhi.core.report_parts import Draft, has, k, part


@part("oversight", order=10)
def reconsideration(d: Draft) -> str | None:
    if not has(d.figs, "reconsideration.applications"):
        return None
    return (f"全年收到行政复议申请{k('reconsideration.applications')}件，受理行政复议案件"
            f"{k('reconsideration.accepted')}件，审结{k('reconsideration.concluded')}件，其中纠错"
            f"{k('reconsideration.corrected')}件，法定期限内审结率{k('reconsideration.on_time_rate')}")
