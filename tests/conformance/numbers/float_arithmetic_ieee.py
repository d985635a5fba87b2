# IEEE-754 behaviour: inf/nan arithmetic, signed zeros, overflow to inf, subnormals, fmod vs %.
import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf, nan + 1, nan * 0)
print(inf > 1e308, -inf < -1e308, nan > 0, nan < 0, nan == nan, inf == inf, max(1, inf), min(-inf, 0))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, math.copysign(1, -0.0 * 5), 1 / -inf, math.atan2(0.0, -0.0))
print(1e308 * 10, -1e308 * 10, 1.7976931348623157e308 * 1.0000000000000002, 5e-324 / 2, 5e-324 * 0.5)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, math.fmod(-7.5, 2), math.fmod(7.5, -2), -0.0 % 5, 0.0 % -5)
print(math.isnan(inf - inf), math.isinf(1e308 * 2), math.isfinite(nan), float("inf") == math.inf)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print("ValueError:", e)
print(sorted([3.0, nan, 1.0]) if False else sorted([3.0, inf, -inf, 1.0, -0.0, 0.0]))
