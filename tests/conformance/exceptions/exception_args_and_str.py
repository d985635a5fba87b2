# str()/repr() of exceptions with zero, one, several args; args mutation; OSError/KeyError/UnicodeError specifics.
cases = [Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(""), ValueError([1, 2]),
         KeyError(), KeyError("k"), KeyError("a", "b"), KeyError(""), IndexError(3), StopIteration(), StopIteration(1, 2),
         OSError(), OSError("msg"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), SystemExit(3), AssertionError()]
for e in cases:
    print(f"{type(e).__name__:<15} str={str(e)!r:<35} repr={e!r}")
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(u), u.encoding, u.start, u.end, u.reason)
print(str(SyntaxError("msg")), repr(SyntaxError("invalid syntax")))
print(repr(ExceptionGroup("eg", [ValueError(1)])), str(ExceptionGroup("eg", [ValueError(1), TypeError()])))
