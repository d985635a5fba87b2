# conformance: stderr=full
# sys._getframe: caller's name, line, locals, globals, f_back chain; warnings.warn reports the caller's line.
import sys
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_globals["__name__"]
def caller():
    x = 1
    return who()
print(caller())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe(0).f_back)
def depth():
    n, f = 0, sys._getframe()
    while f is not None:
        n, f = n + 1, f.f_back
    return n
print(depth(), (lambda: depth())())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
import warnings
warnings.warn("careful")
from collections import namedtuple
P = namedtuple("P", "x y")
print(P.__module__, P(1, 2))
