# conformance: realtime
# Several short sleeps add up in real time; perf_counter measures them.
import time
t0 = time.perf_counter()
for i in range(3):
    time.sleep(0.3)
    print(f"tick {i} at ~{round(time.perf_counter() - t0, 1)} s")
print("total", round(time.perf_counter() - t0, 1))
