# repr and str of builtin values, nested containers, quotes choice.
values = [1, -1, 1.0, 1.5e-10, True, None, "s", 'q"', "q'", "both'\"", "\n\t\\", b"b", b"\x00\xff'",
          [], [1, [2, [3]]], (), (1,), (1, 2), {}, {"a": [1]}, {1: {2: 3}}, set(), frozenset(), {5}, frozenset([7]),
          range(5), range(1, 10, 2), slice(1, 2), slice(None), Ellipsis, NotImplemented, bytearray(b"ab"),
          10 ** 30, -0.0, float("inf"), 2.0 ** 60, 1e16, 123456789012345678.0]
for v in values:
    print(repr(v), str(v), sep="  ||  ")
print(repr(int), repr(str), repr(type(None)), repr(ValueError), repr(ValueError("m")), repr(KeyError("k")))
print(str(ValueError("m")), str(KeyError("k")), str(ValueError("a", "b")), repr(ValueError()), str(Exception()))
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
