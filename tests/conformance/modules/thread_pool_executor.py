# concurrent.futures.ThreadPoolExecutor without asyncio: submit/result, as_completed in
# finishing order, map, exceptions, wait(FIRST_COMPLETED), the with-block waiting for the
# jobs, and submit after shutdown.
import concurrent.futures as cf
import time

def job(n):
    time.sleep(n / 10)
    return n * n

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(job, n): n for n in (3, 1, 2)}
    for f in cf.as_completed(futs):
        print("done", futs[f], f.result())
    print(list(ex.map(job, [2, 1])))
    bad = ex.submit(job, "x")
    print(type(bad.exception()).__name__, bad.done())
    done, not_done = cf.wait([ex.submit(job, 1), ex.submit(job, 4)], return_when=cf.FIRST_COMPLETED)
    print(len(done), len(not_done))
print("with-block left")
try:
    ex.submit(job, 1)
except RuntimeError as e:
    print("RuntimeError", e)

with cf.ThreadPoolExecutor(max_workers=1) as one:
    a = one.submit(job, 1)
    b = one.submit(job, 1)
    print(b.running(), b.done())
    print(a.result(), b.running(), b.result())
