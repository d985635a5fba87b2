# conformance: error
# Uncaught error: unbounded recursion.
def forever(n):
    return forever(n + 1)

print('going deep')
forever(0)
