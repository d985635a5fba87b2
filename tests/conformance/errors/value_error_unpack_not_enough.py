# conformance: error
# Uncaught error: not enough values to unpack.
a, b, c = 'xy'
