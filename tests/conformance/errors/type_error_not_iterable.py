# conformance: error
# Uncaught error: iterating an int.
for i in 10:
    print(i)
