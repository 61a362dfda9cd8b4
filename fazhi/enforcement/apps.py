from fazhi.core import areas


class EnforcementConfig(areas.AreaConfig):
    name = "fazhi.enforcement"
    label = "enforcement"
    verbose_name = "行政执法"
    menu = ("行政执法", 20)  # navbar menu and position of this area
