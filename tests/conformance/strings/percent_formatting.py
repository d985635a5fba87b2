# printf-style %-formatting: conversions, flags, width, precision, mappings.
print("%s %r %d %i %f %e %g %x %X %o %c %%" % ("s", "r", 42, 7, 3.5, 12345.678, 0.0001, 255, 255, 8, 65))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%+.0f|%08.2f" % (3.14159, 2.5, 1.25, 2.5, -3.14159))
print("%10s|%-10s|%.2s|%5.1s|" % ("right", "left", "truncate", "xyz"))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ada", "age": 36})
print("%s" % "single", "%s" % (1,), "%s %s" % (1, 2), "%s" % [1, 2], "%s" % ((1, 2),))
print("%x %#x %#o %#X" % (3054, 3054, 8, 255), "%c%c" % ("a", 98))
print("%e|%.1e|%E" % (0.000123, 9.99e10, 1.5), "%g|%g|%G" % (1e20, 123.0, 1e-20))
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 2, 3.14159))
print("%s" % None, "%s" % True, "%d" % True, "%d" % 3.99, "%.3s" % None)
print("%r" % "it's", "%a" % "é", "%5%" if False else "%d%%" % 50)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(b"%s and %d" % (b"bytes", 5))
