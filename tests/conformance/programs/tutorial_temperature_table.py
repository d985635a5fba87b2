# Temperature conversion table with formatting, range stepping and function defaults.
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print(f"{'C':>6} {'F':>7} {'K':>7}")
for c in range(-40, 101, 20):
    print(f"{c:>6} {c_to_f(c):>7.1f} {c + 273.15:>7.2f}")
for f in (32, 98.6, 212, -40):
    print(f"{f}F = {f_to_c(f):.2f}C")
def describe(c, hot=30, cold=5):
    return "hot" if c >= hot else "cold" if c <= cold else "mild"
print([describe(t) for t in (35, 20, 0)], describe(25, hot=25), describe(6, cold=10))
