# Python code re-entered from native code (repr(), ==, str(), a sort key) deeper and
# deeper, after a loop hot enough for the engine to be optimised: the recursion ends in
# RecursionError with CPython's messages, never in a crash of the machine stack. (The
# depth reached differs: CPython counts levels differently, and the wasm build caps these
# re-entries lower to fit a browser's stack, cpp/py/frame.hpp.)
import sys


def warm_up():
    s = 0
    for i in range(300000):
        s += len(str(i)) + (i % 7)
    return s


print(warm_up())
n = 0


class R:
    def __repr__(self):
        global n
        n += 1
        return repr(self)


class E:
    def __eq__(self, other):
        global n
        n += 1
        return self == other


class S:
    def __str__(self):
        global n
        n += 1
        return str(self)


def key(x):
    global n
    n += 1
    return sorted([x, x], key=key)


# Which guard trips first (so the message's suffix) depends on how many levels each step
# counts; for repr it differs from CPython's accounting, so only the prefix is compared.
for name, thunk in (("repr", lambda: repr(R())), ("eq", lambda: E() == E()), ("str", lambda: str(S())),
                    ("sort key", lambda: key(0))):
    n = 0
    try:
        thunk()
    except RecursionError as e:
        print(name, "RecursionError:", e if name != "repr" else str(e)[:32], n > 20)


def nest(k):
    if k == 0:
        return repr(R())
    return nest(k - 1)


n = 0
try:
    nest(500)
except RecursionError as e:
    print("under 500 calls: RecursionError:", str(e)[:32], n > 20)
print(sys.getrecursionlimit())
