# conformance: error stderr=full
# An uncaught ExceptionGroup is printed with CPython's nested box format.
def fail(n):
    raise ValueError(f"task {n} failed")

errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("wrong type"))
raise ExceptionGroup("several tasks failed", errors)
