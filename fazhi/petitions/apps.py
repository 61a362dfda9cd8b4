from fazhi.core import areas


class PetitionsConfig(areas.AreaConfig):
    name = "fazhi.petitions"
    label = "petitions"
    verbose_name = "信访事项"
    menu = ("法治社会", 45)  # navbar menu and position of this area
