from fazhi.core import areas


class OpengovConfig(areas.AreaConfig):
    name = "fazhi.opengov"
    label = "opengov"
    verbose_name = "政务公开"
