from fazhi.core import areas


class PublicityConfig(areas.AreaConfig):
    name = "fazhi.publicity"
    label = "publicity"
    verbose_name = "普法"
