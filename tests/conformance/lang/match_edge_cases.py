# match: or-patterns binding in different orders, deferred capture, guards, **rest,
# collections.abc subjects, soft keywords and runtime errors.
import collections.abc

def orders(v):
    match v:
        case (x, y, 1) | (y, x, 2) | [2, *_, x, y]:
            return ("or", x, y)
        case {"a": a, **rest} if rest:
            return ("rest", a, sorted(rest.items()))
        case {"a": a}:
            return ("a only", a)
        case _:
            return "none"

for v in [(1, 2, 1), (1, 2, 2), [2, 5, 6, 7], {"a": 1, "b": 2}, {"a": 3}, 5]:
    print(orders(v))

# A failed case binds nothing (captures are stored only after the whole pattern matched).
x = "unset"
match (1, 2):
    case (x, 3):
        pass
    case _:
        pass
print("x after failed case:", x)

# match and case stay ordinary names.
match = {"case": 1}
case = [match]
print(match["case"], case)
def match_(match, case):
    return match + case
print(match_(1, 2))

class Seq(collections.abc.Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]

class Map(collections.abc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
    def __getitem__(self, k): return self.d[k]

def kind(s):
    match s:
        case str() | bytes():
            return "text"
        case [first, *rest]:
            return f"seq first={first} rest={rest}"
        case {"k": v, **others}:
            return f"map k={v} others={others}"
        case []:
            return "empty seq"
        case {}:
            return "mapping"
        case _:
            return "other"

for s in ["abc", b"x", Seq(1, 2, 3), Seq(), Map(k=1, z=2), Map(), (), range(3), collections.deque([4, 5]), 3.5, {1, 2}]:
    print(kind(s))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x, 0) | Point(0, x): return f"axis {x}"
        case Point(x=x, y=y) if x == y: return f"diagonal {x}"
        case Point(int(x), float(y)): return f"int/float {x} {y}"
        case Point(): return "point"
        case int(n) | float(n) if n > 0: return f"positive {n}"
        case bool(b): return f"bool {b}"
    return "no match"

for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2.5), Point("a", "b"), 7, 2.5, -1, True, False]:
    print(where(p))

# Value patterns and literal forms.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
for c in [Color.RED, Color.GREEN, 1, -1, 1.5, None, True, "s", b"b"]:
    match c:
        case Color.RED: print("red")
        case Color.GREEN: print("green")
        case -1: print("minus one")
        case 1: print("one")
        case 1.5: print("one and a half")
        case None: print("none")
        case True: print("true")
        case "s" | b"b": print("string-ish", c)

# Runtime errors of class patterns.
class NoArgs: pass
class BadArgs: __match_args__ = ["a"]
class NonStr: __match_args__ = (1,)
class Twice:
    __match_args__ = ("a",)
    a = 1
for subject, cls_case in [(NoArgs(), 0), (BadArgs(), 1), (NonStr(), 2), (Twice(), 3), (5, 4), (5, 5)]:
    try:
        match subject:
            case NoArgs(1) if cls_case == 0: pass
            case BadArgs(1) if cls_case == 1: pass
            case NonStr(1) if cls_case == 2: pass
            case Twice(1, a=2) if cls_case == 3: pass
            case int(1, 2) if cls_case == 4: pass
        if cls_case == 5:
            notatype = 3
            match subject:
                case notatype(): pass
    except TypeError as e:
        print("TypeError:", e)

# Duplicate value keys are found when matching.
class K:
    a = "k"
    b = "k"
try:
    match {"k": 1}:
        case {K.a: 1, K.b: 2}: pass
except ValueError as e:
    print("ValueError:", e)

# Nested captures and walrus in guards.
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}]}
match data:
    case {"users": [{"name": str(first), "tags": [*ftags]}, *others]} if (n := len(others)) >= 1:
        print(first, ftags, n)
