# match statement: sequence, mapping, class patterns, star captures, nested patterns.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"

for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7)):
    print(p, where(p))

def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [first, *_]:
            return f"unknown command {first}"
        case []:
            return "empty"

for c in ("go north", "pick up sword shield", "pick up", "exit", "dance now", ""):
    print(repr(c), "->", command(c))

def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"event {t}"
        case [(a, b), *others]:
            return f"pairs starting {a}{b} + {len(others)}"
        case _:
            return "?"

for e in ({"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q", "mod": "ctrl"},
          {"type": "scroll"}, [(1, 2), (3, 4)], 42):
    print(event(e))
