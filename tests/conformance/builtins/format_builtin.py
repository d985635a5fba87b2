# format() builtin and __format__ on builtins: empty spec equals str(), type-specific specs, errors.
values = [42, -7, 3.5, 1e20, True, None, "text", [1, 2], (1,)]
for v in values:
    print(repr(v), repr(format(v)), format(v) == str(v))
print(format(42, "x"), format(3.5, "e"), format(True, "^7"), format("s", "*>4"), format(2 ** 70, ","))
for v, spec in [(None, "d"), ([1], "s"), ("x", "d"), (1.5, "d"), (object(), "x")]:
    try:
        format(v, spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CF" else spec
        value = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(value, num_spec or ".1f") + "°" + unit
t = Temp(21.5)
print(format(t), format(t, "F"), format(t, ".0F"), f"{t:>8.2C}|", "{:F}".format(t))
