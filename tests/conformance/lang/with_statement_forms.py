# with: multiple items, parenthesised items, nested, exceptions in __enter__, as-targets of tuples.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        print("enter", self.name)
        return self.name, len(self.name)
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else "")
        return False
with CM("a") as (name, size), CM("bb") as pair:
    print(name, size, pair)
with (
    CM("one") as x,
    CM("two") as y,
):
    print("parenthesised", x[0], y[0])
try:
    with CM("ok"), CM("bad", fail_enter=True), CM("never"):
        print("body not run")
except RuntimeError as e:
    print("RuntimeError:", e)
def gen_cm():
    with CM("in generator"):
        yield 1
        yield 2
print(list(gen_cm()))
store = {}
with CM("item") as store["key"]:
    pass
print(store)
