# contextlib patterns: timing-free "resource pool" with contextmanager, suppress with specific errors, nested ExitStack unwinding order.
from contextlib import contextmanager, suppress, ExitStack
pool = ["conn-1", "conn-2"]
@contextmanager
def borrow():
    if not pool:
        raise RuntimeError("pool exhausted")
    conn = pool.pop(0)
    print("borrow", conn)
    try:
        yield conn
    finally:
        pool.append(conn)
        print("return", conn, "pool:", pool)
with borrow() as a, borrow() as b:
    print("using", a, b)
    try:
        with borrow():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
with suppress(KeyError):
    {}["missing"]
    print("not printed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("suppress(KeyError) let IndexError through")
with ExitStack() as stack:
    for name in ("first", "second", "third"):
        stack.callback(print, "closing", name)
    print("body done")
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback ({e})")
        raise
    else:
        log.append("commit")
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise ValueError("constraint")
except ValueError:
    pass
print(log)
