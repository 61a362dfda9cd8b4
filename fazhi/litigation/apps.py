from fazhi.core import areas


class LitigationConfig(areas.AreaConfig):
    name = "fazhi.litigation"
    label = "litigation"
    verbose_name = "行政应诉"
    menu = ("复议应诉", 11)  # navbar menu and position of this area
