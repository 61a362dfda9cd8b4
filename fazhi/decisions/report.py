"""Report part of 重大行政决策."""

from fazhi.core.report_parts import Draft, has, k, part


@part("decisions", order=10)
def decisions(d: Draft) -> str | None:
    if not has(d.figs, "decisions.major_count"):
        return None
    return (f"全年作出重大行政决策{k('decisions.major_count')}项，均履行公众参与、专家论证、风险评估、"
            f"合法性审查、集体讨论决定程序，开展合法性审查{k('decisions.legality_reviews')}件")
