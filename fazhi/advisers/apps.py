from fazhi.core import areas


class AdvisersConfig(areas.AreaConfig):
    name = "fazhi.advisers"
    label = "advisers"
    verbose_name = "法律顾问"
    menu = ("依法决策", 32)  # navbar menu and position of this area
