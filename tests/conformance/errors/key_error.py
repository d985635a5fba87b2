# conformance: error
# Uncaught error: missing dict key.
ages = {'ada': 36}
print(ages['ada'])
print(ages['bob'])
