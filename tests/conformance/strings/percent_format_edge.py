# %-formatting edge cases: dict with repeated keys, %%, bytes, tuples as single arg, float specials.
print("%s%%" % 50, "%.0f%%" % 99.5, "%5.1f%%" % 12.345)
print("%(a)s %(a)r %(b)05.1f" % {"a": "x", "b": 3.14159})
print("%s" % ((1, 2),), "%r" % ([1],), "%s and %s" % ("a", ["b"]))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
print("%d %i %u" % (-3, 3.9, 7), "%x %X %o" % (-255, 255, -8))
print("%-+8.2f|%+08d|%#8x|%-#8o|" % (3.14159, 42, 255, 8))
print("%c%c%c" % (72, "i", 33), "%.3r" % "abcdef", "%5s|%-5s|" % (None, True))
print(b"%s %d %x %c" % (b"bytes", 42, 255, 65), b"%5b|" % b"x")
print("%s" % {"k": "v"}, "%(k)s" % {"k": "v"})
try:
    "%(missing)s" % {"k": 1}
except KeyError as e:
    print("KeyError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % None
except TypeError as e:
    print("TypeError:", e)
try:
    "%c" % 1114112
except OverflowError as e:
    print("OverflowError:", e)
