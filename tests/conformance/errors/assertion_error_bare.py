# conformance: error
# Uncaught error: bare assert.
assert 1 + 1 == 3
