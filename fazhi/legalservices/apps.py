from fazhi.core import areas


class LegalservicesConfig(areas.AreaConfig):
    name = "fazhi.legalservices"
    label = "legalservices"
    verbose_name = "公共法律服务"
    menu = ("法治社会", 41)  # navbar menu and position of this area
