# match statement: literal, capture, wildcard, or-patterns, guards.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case float():
            return "a float"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case _:
            return f"other: {value!r}"

for v in (0, 2, "hi", None, True, -4, 2.5, "abcdefg", "abc", 100):
    print(repr(v), "->", describe(v))
