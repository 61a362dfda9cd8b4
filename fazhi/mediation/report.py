"""Report part of 人民调解."""

from fazhi.core.report_parts import Draft, has, k, part


@part("disputes", order=10)
def mediation(d: Draft) -> str | None:
    if not has(d.figs, "mediation.disputes"):
        return None
    text = (f"依托{k('mediation.committees')}个人民调解委员会、{k('mediation.mediators')}名人民调解员，"
            f"调解矛盾纠纷{k('mediation.disputes')}件，调解成功率{k('mediation.success_rate')}")
    if has(d.figs, "mediation.pre_litigation"):
        text += f"，承接法院委派诉前调解{k('mediation.pre_litigation')}件"
    return text
