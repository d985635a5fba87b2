# conformance: error stderr=full
# An uncaught exception group holding a nested group, a chained exception and a note:
# CPython's boxes, margins and separators.
def check(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

def batch(items):
    errors = []
    for n in items:
        try:
            check(n)
        except ValueError as e:
            errors.append(e)
    return errors

inner = ExceptionGroup("inner batch", batch([1, 2, 3]))
try:
    {}["missing"]
except KeyError as k:
    chained = RuntimeError("lookup failed")
    chained.__cause__ = k
note = TypeError("annotated")
note.add_note("checked twice")
raise ExceptionGroup("outer", [inner, chained, note])
