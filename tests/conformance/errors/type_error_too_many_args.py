# conformance: error
# Uncaught error: too many positional arguments.
def one(x):
    return x

print(one(1, 2))
