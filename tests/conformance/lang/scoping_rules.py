# LEGB lookup, class scope not visible in methods, comprehension scope, builtins shadowing.
x = "global"
def f():
    return x
def g():
    x = "local"
    return f(), x
print(g())
class K:
    attr = "class attr"
    doubled = [attr * 2 for _ in range(1)] if False else None
    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"
print(K().method(), K.attr)
def uses_len():
    len = lambda s: 42
    return len("abc")
print(uses_len(), len("abc"))
def outer():
    v = 1
    def inner():
        return v + 1
    v = 10
    return inner()
print(outer())
def loop_scope():
    for i in range(3):
        pass
    return i
print(loop_scope())
try:
    print(undefined_anywhere)
except NameError as e:
    print(e)
