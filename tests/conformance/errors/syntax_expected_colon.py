# conformance: error stderr=full
# SyntaxError with CPython's caret line.
print("never printed")
if True
    pass
