# __enter__/__exit__: return values, exception info, suppression, multiple items, nesting order.
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} {tb is not None}")
        return self.suppress

with Resource("a") as r:
    print("inside with", r)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Resource("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def early():
    with Resource("ret"):
        return "returned value"
print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
with Resource("x") as (first):
    pass
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
