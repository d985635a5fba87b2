# conformance: error
# Uncaught error: list index out of range.
xs = [1, 2, 3]
for i in range(4):
    print(xs[i])
