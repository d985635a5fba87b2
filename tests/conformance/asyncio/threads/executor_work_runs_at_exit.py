# Work submitted to a ThreadPoolExecutor outside any event loop and never waited for still
# runs at exit: CPython joins the executor's threads when the interpreter exits, after the
# main module's last line (here with two workers for three items, one of them sleeping).
import concurrent.futures
import time

def work(n, delay):
    time.sleep(delay)
    print("work", n, "done")
    return n

ex = concurrent.futures.ThreadPoolExecutor(max_workers=2)
futures = [ex.submit(work, 0, 0.05), ex.submit(work, 1, 0.02), ex.submit(work, 2, 0.01)]
print("submitted", sum(f.done() for f in futures), "done")
print("main exits")
