from fazhi.core import areas


class ReconsiderationConfig(areas.AreaConfig):
    name = "fazhi.reconsideration"
    label = "reconsideration"
    verbose_name = "行政复议"
