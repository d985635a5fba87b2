# time functions used the way programs commonly do; only rounded or relative values are printed.
import time
start = time.monotonic()
deadline = start + 0.3
ticks = 0
while time.monotonic() < deadline - 0.05:
    time.sleep(0.1)
    ticks += 1
print("ticks", ticks)
print(0.3 <= time.monotonic() - start < 2)
t1 = time.time()
time.sleep(0.2)
print(0.2 <= time.time() - t1 + 0.001 < 2, round((time.perf_counter_ns() - time.perf_counter_ns()) / 1e9, 3) == 0)
print(time.strftime("%Y", time.gmtime(0)), time.gmtime(86400 * 365).tm_year, time.localtime(0).tm_year >= 1969)
