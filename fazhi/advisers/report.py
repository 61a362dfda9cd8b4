"""Report part of 法律顾问."""

from fazhi.core.report_parts import Draft, has, k, part


@part("decisions", order=20)
def advisers(d: Draft) -> str | None:
    if not has(d.figs, "advisers.count"):
        return None
    return (f"聘请政府法律顾问{k('advisers.count')}名，出具法律意见{k('advisers.opinions')}件，"
            f"审查政府合同{k('advisers.contracts_reviewed')}份")
