# conformance: error
# Uncaught error: missing positional argument.
def area(w, h):
    return w * h

print(area(3))
