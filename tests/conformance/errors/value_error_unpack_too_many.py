# conformance: error
# Uncaught error: too many values to unpack.
a, b = [1, 2, 3]
