from fazhi.core import areas


class StudyConfig(areas.AreaConfig):
    name = "fazhi.study"
    label = "study"
    verbose_name = "学法述法"
    menu = ("履职与监督", 50)  # navbar menu and position of this area
