from fazhi.core import areas


class IndicatorsConfig(areas.AreaConfig):
    name = "fazhi.indicators"
    label = "indicators"
    verbose_name = "指标"
