from fazhi.core import areas


class LegalservicesConfig(areas.AreaConfig):
    name = "fazhi.legalservices"
    label = "legalservices"
    verbose_name = "公共法律服务"
