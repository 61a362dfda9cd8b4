"""Report part of 学法述法 and the 第一责任人 (the duty section)."""

from fazhi.core.report_parts import Draft, has, k, part


@part("duty", order=10)
def leadership(d: Draft) -> list[str]:
    lines = []
    if has(d.figs, "leadership.rule_of_law_meetings"):
        lines.append(f"全年召开党委常委会会议、政府常务会议专题研究法治建设{k('leadership.rule_of_law_meetings')}次。")
    if has(d.figs, "study.group_sessions"):
        lines.append(f"坚持领导干部集中学法，全年开展理论学习中心组学法和政府常务会议会前学法{k('study.group_sessions')}次。")
    if has(d.figs, "study.law_reports_units"):
        lines.append(f"推行年终述法，{k('study.law_reports_units')}个单位主要负责人开展述法，"
                     f"述法覆盖率{k('study.law_report_coverage')}。")
    return lines
