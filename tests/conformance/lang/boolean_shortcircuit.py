# and/or/not short-circuit evaluation with side effects.
calls = []
def t(name):
    calls.append(name)
    return True
def f(name):
    calls.append(name)
    return False

print(f("a") and t("b"))
print(t("c") or f("d"))
print(f("e") or f("f") or t("g") or t("h"))
print(t("i") and t("j") and f("k") and t("l"))
print(calls)
print(not t("m"), calls[-1])
result = [] or [0]
print(result)
print((1 and 2), (0 and 2), (1 or 2), (0 or 2))
def lazy_default(d, key):
    return d.get(key) or "missing"
print(lazy_default({"a": 0}, "a"), lazy_default({"a": 5}, "a"))
x = None
print(x is None or x > 3)
