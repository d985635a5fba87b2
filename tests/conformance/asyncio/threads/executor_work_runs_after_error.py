# conformance: error
# Pending executor work still runs when the main module ends in an uncaught exception: the
# traceback comes first, then the threads are joined at exit (exit status 1 all the same).
import concurrent.futures
import sys
import time

def work(n):
    time.sleep(0.02)
    print("work", n, "done", flush=True)

ex = concurrent.futures.ThreadPoolExecutor(max_workers=1)
ex.submit(work, 1)
ex.submit(work, 2)
print("main raises", flush=True)
raise ValueError("main failed")
