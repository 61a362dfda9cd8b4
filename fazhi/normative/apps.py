from fazhi.core import areas


class NormativeConfig(areas.AreaConfig):
    name = "fazhi.normative"
    label = "normative"
    verbose_name = "行政规范性文件"
