# conformance: error
# Uncaught error: output before the error is kept.
for i in range(3):
    print('line', i)
print('value', {'a': 1}['b'])
