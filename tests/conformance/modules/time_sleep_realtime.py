# conformance: realtime
# time.sleep blocks for real: Hello, then World one second later; elapsed compared with CPython.
import time
start = time.perf_counter()
print("Hello")
time.sleep(1)
print("World")
print(f"took about {round(time.perf_counter() - start)} s")
