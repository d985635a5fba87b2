# conformance: error
# Uncaught error: missing int key.
d = {1: 'a'}
print(d[2])
