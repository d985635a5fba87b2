# @dataclass: generated __init__/__repr__/__eq__, defaults, field(default_factory), ordering, frozen.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4)
print(a, a == b, a is b, a.total(), Item("cup", 3.0))
a.tags.append("office")
print(a.tags, b.tags, asdict(a), astuple(b))
print(replace(a, qty=10), [f.name for f in fields(Item)])
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 5), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), {p: "ok"}[Point(1, 2)])
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__ + ":", e)
@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(WithPost(3, 4))
@dataclass
class Hidden:
    shown: int
    secret: str = field(default="x", repr=False)
print(Hidden(1))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
