from fazhi.core import areas


class AssessmentConfig(areas.AreaConfig):
    name = "fazhi.assessment"
    label = "assessment"
    verbose_name = "法治政府建设考核"
    menu = ("指标与考核", 61)  # navbar menu and position of this area
