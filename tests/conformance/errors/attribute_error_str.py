# conformance: error
# Uncaught error: missing str method.
print('abc'.reverse())
