# str.format with positional/keyword/attribute/index fields, conversions, nested specs and escaping.
print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0}{1}{0}".format("abra", "cad"))
print("{x}-{y}-{x}".format(x=1, y=2))
print("{0[1]} {0[0]} {1[k]} {1[k2][0]}".format(("a", "b"), {"k": "v", "k2": [9]}))
print("{0.real} {0.imag} {1.__name__}".format(3, int))
print("{:<8}|{:>8}|{:^8}|{:*^8}".format("l", "r", "c", "s"))
print("{:+d} {:+d} {: d} {:,d}".format(5, -5, 5, 1234567))
print("{:.3} {:.3f} {:10.3e} {:%}".format(3.14159, 3.14159, 31415.9, 0.125))
print("{!r} {!s} {!a}".format("x", 1.0, "ü"))
print("{0:{1}} {0:{2}{1}}".format(7, "5", "0"), "{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{{}} {{{}}}".format("inside"))
print("{0!r:>10}".format("hi"), "{:>{}}".format("z", 4))
fmt = "{name:>10} scored {score:5.1f}"
for name, score in [("ada", 97.25), ("bob", 8.5)]:
    print(fmt.format(name=name, score=score))
print("{}".format([1, "a", None]), "{}".format({"k": (1,)}))
