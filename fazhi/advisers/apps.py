from fazhi.core import areas


class AdvisersConfig(areas.AreaConfig):
    name = "fazhi.advisers"
    label = "advisers"
    verbose_name = "法律顾问"
