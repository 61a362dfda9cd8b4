"""Report part of 普法."""

from fazhi.core.report_parts import Draft, has, k, part


@part("publicity", order=10)
def publicity(d: Draft) -> str | None:
    if not has(d.figs, "publicity.events"):
        return None
    text = (f"落实“谁执法谁普法”普法责任制，全年开展普法宣传活动{k('publicity.events')}场次，发放宣传资料"
            f"{k('publicity.materials')}份，受众{k('publicity.audience')}人次")
    if has(d.figs, "publicity.legal_understanders"):
        text += f"；培育“法律明白人”{k('publicity.legal_understanders')}名"
    return text
