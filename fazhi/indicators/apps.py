from fazhi.core import areas


class IndicatorsConfig(areas.AreaConfig):
    name = "fazhi.indicators"
    label = "indicators"
    verbose_name = "指标"
    menu = ("指标与考核", 60)  # navbar menu and position of this area

    def ready(self) -> None:
        super().ready()
        from . import analytics

        analytics.connect()
