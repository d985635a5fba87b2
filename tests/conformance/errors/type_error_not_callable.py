# conformance: error
# Uncaught error: calling an int.
count = 5
print(count())
