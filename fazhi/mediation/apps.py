from fazhi.core import areas


class MediationConfig(areas.AreaConfig):
    name = "fazhi.mediation"
    label = "mediation"
    verbose_name = "矛盾纠纷化解"
    menu = ("法治社会", 40)  # navbar menu and position of this area
