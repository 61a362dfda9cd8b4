from fazhi.core import areas


class LitigationConfig(areas.AreaConfig):
    name = "fazhi.litigation"
    label = "litigation"
    verbose_name = "行政应诉"
