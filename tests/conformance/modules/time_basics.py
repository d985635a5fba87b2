# time: monotonic/perf_counter/time advance, sleep measured (rounded), struct-free use.
import time
t0 = time.monotonic()
p0 = time.perf_counter()
w0 = time.time()
time.sleep(0.05)
dt = time.monotonic() - t0
print(0.04 < dt < 0.5, 0.04 < time.perf_counter() - p0 < 0.5, 0.04 < time.time() - w0 < 0.5)
print(type(time.time()).__name__, type(time.monotonic()).__name__, type(time.time_ns()).__name__)
print(time.time() > 1.6e9, time.monotonic_ns() > 0, isinstance(time.perf_counter_ns(), int))
start = time.perf_counter()
total = sum(range(100000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, round(elapsed, 0) <= 1)
time.sleep(0)
print("slept zero")
def timed(fn):
    def wrapper(*a):
        s = time.perf_counter()
        r = fn(*a)
        return r, 0.2 <= time.perf_counter() - s < 2
    return wrapper
@timed
def nap(x):
    time.sleep(0.2)
    return x * 2
print(nap(21))
