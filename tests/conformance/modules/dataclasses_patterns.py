# Dataclass patterns: sorting with field(compare=False), slots-free defaults, nested dataclasses and asdict recursion.
from dataclasses import dataclass, field, asdict, fields
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)
tasks = [Task(3, "write"), Task(1, "plan", ["x"]), Task(2, "build"), Task(1, "coffee")]
print(sorted(tasks))
print(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
@dataclass
class Address:
    city: str
    zip: str = "00000"
@dataclass
class Person:
    name: str
    address: Address
    friends: list = field(default_factory=list)
p = Person("Ada", Address("London"), [Person("Bob", Address("Paris", "75001"))])
print(p)
print(asdict(p))
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Person)])
@dataclass
class Counter:
    count: int = 0
    def incr(self, by: int = 1) -> "Counter":
        self.count += by
        return self
print(Counter().incr().incr(5), Counter(10) == Counter(10), Counter.__eq__ is not object.__eq__)
