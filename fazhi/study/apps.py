from fazhi.core import areas


class StudyConfig(areas.AreaConfig):
    name = "fazhi.study"
    label = "study"
    verbose_name = "学法述法"
