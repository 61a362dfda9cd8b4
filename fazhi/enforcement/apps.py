from fazhi.core import areas


class EnforcementConfig(areas.AreaConfig):
    name = "fazhi.enforcement"
    label = "enforcement"
    verbose_name = "行政执法"
