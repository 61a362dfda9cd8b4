from fazhi.core import areas


class DecisionsConfig(areas.AreaConfig):
    name = "fazhi.decisions"
    label = "decisions"
    verbose_name = "重大行政决策"
    menu = ("依法决策", 30)  # navbar menu and position of this area
