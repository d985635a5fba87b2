# except*: what each clause sees, re-raising, new exceptions from clauses, subclasses'
# derive(), notes and chaining copied by split(), and the errors of invalid clauses.
import sys

def show(label, e):
    print(label, type(e).__name__, repr(e))

# A clause that raises a new exception: the result is a new group with the rest.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise KeyError("from handler")
except BaseException as e:
    show("merged:", e)
    print("  context of new:", repr(e.exceptions[0].__context__))

# A bare raise re-raises the matched part, merged back into the original shape.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("reraised:", e)

# Handled completely: nothing propagates; sys.exc_info() inside is the matched part.
try:
    raise ExceptionGroup("all", [OSError("a"), OSError("b")])
except* OSError as g:
    print("exc_info inside:", repr(sys.exc_info()[1]))
print("after: exc_info", sys.exc_info())

# else and finally with except*.
for fail in (False, True):
    try:
        if fail:
            raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        print("handled", fail)
    else:
        print("else ran")
    finally:
        print("finally ran")

# Naked exceptions: wrapped for the clause, unwrapped when unhandled.
try:
    try:
        raise ZeroDivisionError("naked")
    except* ValueError:
        print("not reached")
except ZeroDivisionError as e:
    show("naked rest:", e)

# A subclass with its own derive() keeps its type through split().
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)

g = MyGroup("mine", [ValueError(1), TypeError(2)], 7)
g.add_note("a note")
try:
    raise g
except MyGroup as caught:
    m, r = caught.split(ValueError)
    print(type(m).__name__, m.code, m.__notes__, m.__traceback__ is caught.__traceback__, repr(r))

# Chaining copied to the parts.
try:
    try:
        raise RuntimeError("cause")
    except RuntimeError as c:
        raise ExceptionGroup("chained", [ValueError("v"), TypeError("t")]) from c
except ExceptionGroup as e:
    m, r = e.split(TypeError)
    print(repr(m.__cause__), repr(r.__cause__), r.__suppress_context__)

# Invalid clauses.
for typ in (ExceptionGroup, (ValueError, BaseExceptionGroup), 42):
    try:
        try:
            raise ValueError("x")
        except* typ:
            pass
    except TypeError as e:
        print("TypeError:", e)

# split/subgroup with predicates and nested groups; the original is returned whole.
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [ValueError(2), KeyError(3)]), TypeError(4)])
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(lambda e: False))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.split((KeyError, TypeError))))
print(str(eg), str(ExceptionGroup("one", [ValueError()])))
print(issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)
print(repr(BaseExceptionGroup("b", [ValueError(), KeyboardInterrupt()]).split(Exception)))

# Errors of the constructor.
for args in [(1, [ValueError()]), ("m", ValueError()), ("m", []), ("m", [1]), ("m",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

# Several clauses run, each on its part; the rest goes on.
def work():
    raise ExceptionGroup("work", [ValueError("v"), TypeError("t"), KeyError("k"), OSError("o")])
try:
    try:
        work()
    except* ValueError as g:
        print("clause 1", [str(e) for e in g.exceptions])
    except* (TypeError, KeyError) as g:
        print("clause 2", [repr(e) for e in g.exceptions])
except* OSError as g:
    print("outer", repr(g))
