# contextlib: contextmanager (normal, exceptions, suppression), suppress, nullcontext, ExitStack, closing.
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("p"):
        print("text", t)
@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("handled in generator:", e)
with catching():
    raise ValueError("oops")
print("continued")
try:
    with tag("err"):
        raise KeyError("k")
except KeyError:
    print("KeyError propagated")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext("value") as v:
    print(v)
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback runs first")
    print(names)
class Res:
    def close(self):
        print("closed Res")
with closing(Res()):
    print("using Res")
