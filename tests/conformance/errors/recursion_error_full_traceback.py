# conformance: error stderr=full
# Uncaught RecursionError at the default limit: CPython's traceback with the repeated-frame summary.
def walk(node):
    return walk(node + 1)

walk(0)
