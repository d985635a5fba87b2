# match with __match_args__, builtin class patterns, dotted value patterns and nested captures.
class Color:
    RED = "red"
    GREEN = "green"
class Shape:
    __match_args__ = ("kind", "size")
    def __init__(self, kind, size):
        self.kind, self.size = kind, size
def describe(obj):
    match obj:
        case Shape("circle", 0):
            return "degenerate circle"
        case Shape("circle", size=r) if r > 10:
            return f"big circle r={r}"
        case Shape(kind="square" | "rect" as k, size=s):
            return f"{k} of size {s}"
        case Shape(k, s):
            return f"other shape {k}/{s}"
        case Color.RED:
            return "the colour red"
        case str(s) if s == Color.GREEN:
            return "the colour green"
        case int(i) | float(i):
            return f"number {i}"
        case [Shape() as first, *rest]:
            return f"list of shapes starting with {first.kind}, {len(rest)} more"
        case (1, 2) | [3, 4]:
            return "special pair"
        case {"shape": Shape(kind=k)}:
            return f"wrapped {k}"
        case bool():
            return "unreachable: bool matched int first"
        case _:
            return "unknown"
tests = [Shape("circle", 0), Shape("circle", 20), Shape("circle", 5), Shape("rect", 3), Shape("tri", 1), "red",
         "green", 7, 2.5, True, [Shape("sq", 1), Shape("x", 2)], (1, 2), [3, 4], (3, 4, 5), {"shape": Shape("hex", 6), "x": 1}, None]
for t in tests:
    print(describe(t))
