# One call of every common str method with edge-case arguments.
s = "Hello, World"
calls = [
    ("count", ("l", 3, -1)), ("find", ("o", -5)), ("rfind", ("o", 0, 5)), ("index", ("W",)), ("startswith", (("x", "He"),)),
    ("endswith", ("ld", 0, 12)), ("split", (", ",)), ("rsplit", ("o", 1)), ("partition", (", ",)), ("rpartition", ("o",)),
    ("replace", ("l", "L", 0)), ("replace", ("", "_", 2)), ("center", (20, ".")), ("ljust", (3,)), ("zfill", (15,)),
    ("strip", ("Hd",)), ("lstrip", ("leH",)), ("rstrip", ("dlr",)), ("upper", ()), ("casefold", ()), ("swapcase", ()),
    ("expandtabs", (4,)), ("isprintable", ()), ("encode", ()), ("title", ()), ("removeprefix", ("Hello",)),
    ("removesuffix", ("World",)), ("splitlines", ()), ("join", (["a", "b"],)), ("format", ()), ("islower", ()),
]
for name, args in calls:
    print(f"{name}{args!r} -> {getattr(s, name)(*args)!r}")
print("a\tb\nc\x0bd\x0ce\x1cf\u2028g".splitlines(), "ab\r\ncd".splitlines(keepends=True))
print("{}|{:>3}|{!r}".format(*"abc"), "%s" % s.lower()[::-1])
