from fazhi.core import areas


class PublicityConfig(areas.AreaConfig):
    name = "fazhi.publicity"
    label = "publicity"
    verbose_name = "普法"
    menu = ("法治社会", 42)  # navbar menu and position of this area
