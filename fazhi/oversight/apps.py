from fazhi.core import areas


class OversightConfig(areas.AreaConfig):
    name = "fazhi.oversight"
    label = "oversight"
    verbose_name = "接受监督"
    menu = ("履职与监督", 55)  # navbar menu and position of this area
