# TypeError messages for wrong argument counts and keywords in user functions and methods.
def show(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
def f(a, b, c=3):
    pass
def g(*, key):
    pass
def h(a, /, b):
    pass
class K:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
show(lambda: f())
show(lambda: f(1))
show(lambda: f(1, 2, 3, 4))
show(lambda: f(1, 2, d=4))
show(lambda: f(1, 2, a=1))
show(lambda: g(1))
show(lambda: g())
show(lambda: h(a=1, b=2))
show(lambda: K().m())
show(lambda: K().m(1, 2))
show(lambda: K.m(1))
show(lambda: K.s())
show(lambda: K(1))
show(lambda: f(**{"a": 1, "b": 2}, b=3))
show(lambda: f(*5))
show(lambda: f(**[1]))
class WithInit:
    def __init__(self, a):
        pass
show(lambda: WithInit())
show(lambda: WithInit(1, 2))
def many(a, b, c, d):
    pass
show(lambda: many(1))
show(lambda: many(1, 2, 3))
