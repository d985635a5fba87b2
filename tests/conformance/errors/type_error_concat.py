# conformance: error
# Uncaught error: str + int concatenation.
age = 30
print('age: ' + age)
