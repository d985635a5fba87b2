# conformance: realtime
# Several short sleeps add up in real time; perf_counter measures them.
import time
t0 = time.perf_counter()
for i in range(3):
    time.sleep(0.3)
    print(f"tick {i}: at least {0.3 * (i + 1):.1f} s passed:", time.perf_counter() - t0 >= 0.3 * (i + 1))
print("total about", round(time.perf_counter() - t0), "s")
