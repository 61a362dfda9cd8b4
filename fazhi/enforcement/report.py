"""Report part of 行政执法."""

from fazhi.core.report_parts import Draft, figures_under, has, k, part

figures_under("enforcement", "credit")  # 双公示 of penalty and licensing decisions


@part("enforcement", order=10)
def enforcement(d: Draft) -> str | None:
    if not has(d.figs, "enforcement.cases"):
        return None
    text = (f"全年办理行政执法案件{k('enforcement.cases')}件，其中简易程序{k('enforcement.cases_simple')}件、"
            f"普通程序{k('enforcement.cases_ordinary')}件")
    if has(d.figs, "enforcement.cases_major"):
        text += f"，重大执法决定{k('enforcement.cases_major')}件，经法制审核{k('enforcement.major_reviewed')}件"
    text += "。"
    if has(d.figs, "enforcement.case_files_reviewed"):
        text += (f"开展行政执法案卷评查{k('enforcement.case_file_review_rounds')}次，评查案卷"
                 f"{k('enforcement.case_files_reviewed')}本。")
    if has(d.figs, "enforcement.officers_certified"):
        text += f"全县持证行政执法人员{k('enforcement.officers_certified')}人。"
    return text
