from fazhi.core import areas


class ReportsConfig(areas.AreaConfig):
    name = "fazhi.reports"
    label = "reports"
    verbose_name = "法治政府建设情况报告"
    menu = ("指标与考核", 62)  # navbar menu and position of this area
