# conformance: error
# Uncaught error: NameError with a typo of a builtin.
items = [1, 2]
print(lenght(items))
