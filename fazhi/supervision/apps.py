from fazhi.core import areas


class SupervisionConfig(areas.AreaConfig):
    name = "fazhi.supervision"
    label = "supervision"
    verbose_name = "法治督察"
