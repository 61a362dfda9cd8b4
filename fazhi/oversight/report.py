"""Report part of oversight: suggestions and proposals answered, in person, on time and to the proposers'
satisfaction; 检察建议 and 司法建议 answered."""

from fazhi.core.report_parts import Draft, has, k, part


@part("oversight", order=5)
def suggestions(d: Draft) -> str | None:
    if not has(d.figs, "oversight.npc_suggestions", "oversight.cppcc_proposals"):
        return None
    text = (f"自觉接受人大监督和政协民主监督，办理人大代表建议{k('oversight.npc_suggestions')}件、政协委员提案"
            f"{k('oversight.cppcc_proposals')}件")
    if has(d.figs, "oversight.replied"):
        text += (f"，面复率{k('oversight.reply_in_person_rate')}，办复率{k('oversight.resolved_rate')}，"
                 f"满意率{k('oversight.satisfaction_rate')}")
    return text


@part("oversight", order=6)
def recommendations(d: Draft) -> str | None:
    if not has(d.figs, "oversight.procuratorial_suggestions", "oversight.judicial_suggestions"):
        return None
    text = f"收到检察建议{k('oversight.procuratorial_suggestions')}件、司法建议{k('oversight.judicial_suggestions')}件"
    if has(d.figs, "oversight.procuratorial_replied"):
        text += f"，检察建议按期书面回复率{k('oversight.procuratorial_replied_on_time_rate')}"
    return text
