# math module: constants, rounding, powers/logs, trig, special values, integer functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(144), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.pow(2, 0.5), math.exp(1), math.exp(-1))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.fabs(-3), math.copysign(1, -0.0), math.fmod(7, -3), math.remainder(7, 3))
print(math.factorial(20), math.gcd(48, 18, 30), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
