# conformance: error
# Uncaught error: pop from empty list.
stack = []
stack.pop()
