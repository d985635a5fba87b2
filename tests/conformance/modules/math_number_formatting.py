# Using math for formatting tasks: human-readable sizes, significant digits, engineering notation.
import math
def human(n):
    units = ["B", "KB", "MB", "GB", "TB"]
    if n == 0:
        return "0 B"
    i = min(int(math.log(n, 1024)), len(units) - 1)
    return f"{n / 1024 ** i:.1f} {units[i]}"
print([human(n) for n in (0, 1, 1023, 1024, 1536, 10 ** 6, 5 * 1024 ** 3, 2 ** 50)])
def sig(x, digits):
    if x == 0:
        return 0.0
    return round(x, digits - int(math.floor(math.log10(abs(x)))) - 1)
print([sig(v, 3) for v in (123456, 0.00123456, -98765.4321, 1.0)])
def eng(x):
    exp = int(math.floor(math.log10(abs(x)) / 3) * 3)
    return f"{x / 10 ** exp:.3f}e{exp:+d}"
print([eng(v) for v in (1234.5, 0.000047, 6.02e23, -12)])
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), int(-0.5), round(-0.5), math.floor(2.999999999999999999))
