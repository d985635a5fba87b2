# conformance: error
# Uncaught error: attribute on None.
value = [3, 1, 2].sort()
print(value.append(4))
