from fazhi.core import areas


class AssessmentConfig(areas.AreaConfig):
    name = "fazhi.assessment"
    label = "assessment"
    verbose_name = "法治政府建设考核"
