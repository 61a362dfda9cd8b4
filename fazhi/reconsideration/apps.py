from fazhi.core import areas


class ReconsiderationConfig(areas.AreaConfig):
    name = "fazhi.reconsideration"
    label = "reconsideration"
    verbose_name = "行政复议"
    menu = ("复议应诉", 10)  # navbar menu and position of this area
