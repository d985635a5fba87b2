# ExceptionGroup and except*: splitting by type, nesting, re-raising the rest.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", [str(e) for e in g.exceptions], type(g).__name__)
except* (TypeError, KeyError) as g:
    print("Type/Key:", [repr(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), OSError("c")])])
    except* ValueError:
        print("handled ValueError part")
    except* TypeError as g:
        print("handled TypeError part:", repr(g))
except* OSError as rest:
    print("left over:", repr(rest))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
try:
    raise TypeError("plain")
except* TypeError as g:
    print("plain exception wrapped:", repr(g))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
