from fazhi.core import areas


class NormativeConfig(areas.AreaConfig):
    name = "fazhi.normative"
    label = "normative"
    verbose_name = "行政规范性文件"
    menu = ("依法决策", 31)  # navbar menu and position of this area
