# __cause__, __context__, __suppress_context__ set by raise-from and implicit chaining.
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
def explicit():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("converted") from e
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("clean") from None
for fn in (implicit, explicit, suppressed):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    finally:
        print("finally during propagation")
except KeyError as e:
    print("caught", repr(e), e.__context__)
try:
    raise ValueError("x") from KeyError("cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
