from fazhi.core import areas


class SupervisionConfig(areas.AreaConfig):
    name = "fazhi.supervision"
    label = "supervision"
    verbose_name = "法治督察"
    menu = ("履职与监督", 52)  # navbar menu and position of this area
