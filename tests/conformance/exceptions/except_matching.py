# except clause matching: tuples, base classes, order, bare except, `as` unbinding.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except ValueError:
        return "value"
    except Exception as e:
        return f"other exception: {type(e).__name__}"
    except:
        return "bare except (BaseException)"

for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(),
            UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), TypeError(), KeyboardInterrupt(), SystemExit(3)):
    print(type(exc).__name__, "->", classify(exc))

try:
    raise RuntimeError("x")
except RuntimeError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", type(e).__name__, repr(e))

try:
    raise FileNotFoundError(2, "No such file", "x.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    try:
        1 / 0
    except TypeError:
        print("not reached")
except ZeroDivisionError:
    print("outer handler got it")
