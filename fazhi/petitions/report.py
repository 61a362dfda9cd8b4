"""Report part of 信访: the matters accepted, the share concluded on time, and 访调对接."""

from fazhi.core.report_parts import Draft, has, k, part


@part("disputes", order=30)
def petitions(d: Draft) -> str | None:
    if not has(d.figs, "petitions.cases"):
        return None
    text = f"受理信访事项{k('petitions.cases')}件"
    if has(d.figs, "petitions.concluded"):
        text += f"，信访事项按期办结率{k('petitions.on_time_rate')}"
    if has(d.figs, "petitions.referred_to_mediation"):
        text += f"，导入人民调解的信访事项{k('petitions.referred_to_mediation')}件"
    return text
