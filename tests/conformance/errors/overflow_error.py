# conformance: error
# Uncaught error: int too large to convert to float.
print(float(10 ** 400))
