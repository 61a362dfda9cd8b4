"""Demo data for 示范县 (fictional division code 990101): org tree, users per role, and the records
of every register that exists. Idempotent: re-running updates, never duplicates.

Each app contributes its records through a function registered with `@demo_step`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction

from . import audit, steps
from .models import Membership, OrgUnit
from .roles import Role
from .validators import USCC_ALPHABET, id_check_digit, uscc_check_char

DEMO_PASSWORD = "demo-fazhi"
COUNTY_CODE = "990101"

TOWNSHIPS = ["城关镇", "东风镇", "红旗乡", "新华镇", "和平乡", "青山镇", "柳河乡", "白塔镇", "石门乡", "长岭镇",
             "清水乡", "前进街道"]
VILLAGE_SUFFIXES = ["东村", "西村", "南村", "北村", "中心社区", "新村"]
DEPARTMENTS = [
    "县人民政府办公室", "县司法局", "县公安局", "县市场监督管理局", "县自然资源局", "县生态环境局",
    "县住房和城乡建设局", "县交通运输局", "县农业农村局", "县水利局", "县卫生健康委员会", "县应急管理局",
    "县人力资源和社会保障局", "县教育局", "县民政局", "县财政局", "县文化旅游体育局", "县林业和草原局",
    "县城市管理综合执法局", "县发展和改革委员会", "县工业和信息化局", "县商务局", "县审计局", "县统计局",
    "县医疗保障局", "县退役军人事务局", "县乡村振兴局", "县信访局", "县政务服务中心", "县消防救援大队",
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红辉建国志宏文斌海燕春梅立新晓东雪"


@dataclass
class DemoContext:
    rng: random.Random
    county: OrgUnit
    townships: list[OrgUnit] = field(default_factory=list)
    villages: list[OrgUnit] = field(default_factory=list)
    departments: dict[str, OrgUnit] = field(default_factory=dict)
    users: dict[str, object] = field(default_factory=dict)
    years: tuple[int, ...] = (2022, 2023, 2024, 2025)

    def person_name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2))))

    def mobile(self) -> str:
        return self.rng.choice(["13", "15", "18", "17"]) + "".join(str(self.rng.randint(0, 9)) for _ in range(9))


DEMO_STEPS: list[Callable[[DemoContext], str]] = []


def demo_step(func: Callable[[DemoContext], str]):
    """Register an app's demo-data function; it returns a one-line summary."""
    DEMO_STEPS.append(func)
    return func


class NotYet(Exception):
    """Raised by `by_today` when a demo record's next step would fall after today: the record stays where it is."""


def by_today(day):
    """`day`, unless it lies in the future (demo histories stop at today, as real ones do)."""
    import datetime as dt

    if day > dt.date.today():
        raise NotYet
    return day


def citizen_id(rng: random.Random, county: str = COUNTY_CODE) -> str:
    """A fictional but valid 公民身份号码 (GB 11643-1999 check digit) registered in `county`."""
    import datetime as dt

    born = dt.date(1955, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))
    body = f"{county}{born:%Y%m%d}{rng.randint(100, 999)}"
    return body + id_check_digit(body)


def make_uscc(rng: random.Random, division: str, kind: str = "11") -> str:
    body = kind + division + "".join(rng.choice(USCC_ALPHABET[:10]) for _ in range(9))
    return body + uscc_check_char(body)


def _unit(name, kind, parent, **extra) -> OrgUnit:
    unit = OrgUnit.objects.filter(name=name, parent=parent).first()
    if unit is None:
        unit = OrgUnit(name=name, kind=kind, parent=parent, **extra)
        unit.full_clean()
        unit.save()
    return unit


DEMO_USERS = [
    # username, full name, role, unit resolver
    ("demo", "县依法治县办（演示）", Role.RULE_OF_LAW_OFFICE, lambda c: c.county),
    ("xiangzhen", "城关镇填报员（演示）", Role.UNIT_CLERK, lambda c: c.townships[0]),
    ("fuyi", "县复议机构（演示）", Role.RECONSIDERATION_OFFICER, lambda c: c.county),
    ("zhifa", "县市场监管局执法人员（演示）", Role.ENFORCEMENT_STAFF, lambda c: c.departments["县市场监督管理局"]),
    ("qicao", "县政府办起草人员（演示）", Role.DRAFTING_UNIT, lambda c: c.departments["县人民政府办公室"]),
    ("guwen", "县政府法律顾问（演示）", Role.LEGAL_ADVISER, lambda c: c.county),
    ("shangji", "市依法治市办（演示，只读）", Role.SUPERVISOR_READONLY, lambda c: c.county.parent),
    ("guanli", "系统管理员（演示）", Role.ADMIN, lambda c: c.county),
    ("dongfeng", "东风镇填报员（演示）", Role.UNIT_CLERK, lambda c: c.townships[1]),
]


def build_org_tree(rng: random.Random) -> DemoContext:
    province = _unit("示范省", OrgUnit.Kind.PROVINCE, None, division_code="990000")
    city = _unit("示范市", OrgUnit.Kind.CITY, province, division_code="990100")
    county = _unit("示范县", OrgUnit.Kind.COUNTY, city, division_code=COUNTY_CODE)
    ctx = DemoContext(rng=rng, county=county)
    for i, name in enumerate(TOWNSHIPS, start=1):
        town = _unit(name, OrgUnit.Kind.TOWNSHIP, county, division_code=f"{COUNTY_CODE}{i:03d}", sort_order=i)
        ctx.townships.append(town)
        for j in range(4 if i % 3 else 5):
            village = _unit(name[:2] + VILLAGE_SUFFIXES[j], OrgUnit.Kind.VILLAGE, town, sort_order=j)
            ctx.villages.append(village)
    for i, name in enumerate(DEPARTMENTS, start=1):
        existing = OrgUnit.objects.filter(name=name, parent=county).first()
        ctx.departments[name] = existing or _unit(
            name, OrgUnit.Kind.DEPARTMENT, county, uscc=make_uscc(rng, COUNTY_CODE), sort_order=100 + i
        )
    return ctx


def build_users(ctx: DemoContext) -> list[tuple[str, str, str]]:
    User = get_user_model()
    printed = []
    for username, full_name, role, unit_of in DEMO_USERS:
        user, created = User.objects.get_or_create(username=username, defaults={"first_name": full_name})
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        Membership.objects.get_or_create(user=user, unit=unit_of(ctx), role=role)
        ctx.users[username] = user
        printed.append((username, full_name, unit_of(ctx).name))
    return printed


def run(seed: int = 2025) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Build or refresh the demo; returns (users, per-app summaries)."""
    rng = random.Random(seed)
    with audit.audit_context(user=None, source="demo"), transaction.atomic(), steps.system_user_held():
        ctx = build_org_tree(rng)
        users = build_users(ctx)
        summaries = [step(ctx) for step in DEMO_STEPS]
    return users, summaries
