"""Report part of 行政规范性文件."""

from fazhi.core.report_parts import Draft, figures_under, full, has, k, part

figures_under("rules", "legality")  # legality review of other documents and contracts


@part("rules", order=10)
def documents(d: Draft) -> str | None:
    if not has(d.figs, "normative.issued", "normative.filed"):
        return None
    text = f"全年制发行政规范性文件{k('normative.issued')}件，开展合法性审核{k('normative.legality_reviews')}件"
    text += "，实现应审必审" if full(d.figs, "normative.review_rate") else f"，审核率{k('normative.review_rate')}"
    text += f"；报送备案{k('normative.filed')}件，备案率{k('normative.filing_rate')}。"
    if has(d.figs, "normative.cleanup.retained", "normative.cleanup.repealed"):
        text += (f"开展规范性文件清理，继续有效{k('normative.cleanup.retained')}件、修改"
                 f"{k('normative.cleanup.amended')}件、废止{k('normative.cleanup.repealed')}件、宣布失效"
                 f"{k('normative.cleanup.invalidated')}件。")
    return text
