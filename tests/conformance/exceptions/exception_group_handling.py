# except* in depth: nested groups, re-raising unhandled parts, raise inside except*, group of one.
def raiser():
    raise ExceptionGroup("batch", [
        ValueError("bad 1"),
        ExceptionGroup("sub", [TypeError("type 1"), ValueError("bad 2")]),
        KeyError("k"),
    ])
try:
    try:
        raiser()
    except* ValueError as g:
        print("values:", [str(e) for e in g.exceptions], "|", repr(g))
    except* TypeError as g:
        print("types:", repr(g))
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    try:
        raise ExceptionGroup("g", [OSError("disk"), OSError("net")])
    except* OSError as g:
        raise RuntimeError("wrapped") from g
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
eg = ExceptionGroup("numbers", [ValueError(i) for i in range(5)])
odd, even = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] % 2)
print(repr(odd), repr(even))
print(eg.derive([TypeError("x")]).message, len(eg.exceptions), eg.exceptions[2])
try:
    raise ExceptionGroup("single", [KeyError("only")])
except* KeyError as g:
    print("single:", g.exceptions)
