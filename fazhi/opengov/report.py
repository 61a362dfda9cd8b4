"""Report part of 政务公开."""

from fazhi.core.report_parts import Draft, has, k, part


@part("openness", order=10)
def openness(d: Draft) -> list[str]:
    parts = []
    if has(d.figs, "opengov.published"):
        parts.append(f"主动公开政府信息{k('opengov.published')}条")
    if has(d.figs, "opengov.applications"):
        parts.append(f"受理政府信息公开申请{k('opengov.applications')}件，按期答复率{k('opengov.reply_on_time_rate')}")
    return parts
