# Dataclass inheritance, kw_only, class variables, default ordering rules, eq=False.
from dataclasses import dataclass, field, KW_ONLY
from typing import ClassVar
@dataclass
class Base:
    id: int
    name: str = "unnamed"
@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [0])
print(Child(1), Child(2, "two", [9]), isinstance(Child(3), Base))
@dataclass
class Counter:
    instances: ClassVar[int] = 0
    value: int = 0
    def __post_init__(self):
        Counter.instances += 1
Counter(); Counter(5)
print(Counter.instances, Counter(1))
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3))
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3))
@dataclass(eq=False)
class Node:
    value: int
n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
