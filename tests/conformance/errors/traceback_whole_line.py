# conformance: error stderr=full
# When the failing expression is the whole line, CPython 3.11 prints no caret line.
def check(value):
    raise ValueError(f"bad value {value}")

check(42)
