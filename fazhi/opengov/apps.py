from fazhi.core import areas


class OpengovConfig(areas.AreaConfig):
    name = "fazhi.opengov"
    label = "opengov"
    verbose_name = "政务公开"
    menu = ("履职与监督", 51)  # navbar menu and position of this area
