from fazhi.core import areas


class PracticesConfig(areas.AreaConfig):
    name = "fazhi.practices"
    label = "practices"
    verbose_name = "工作举措与制度建设"
    menu = ("履职与监督", 49)  # navbar menu and position of this area
