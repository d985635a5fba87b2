# conformance: error
# Uncaught error: int() of a non-number.
for text in ['1', '2', 'three']:
    print(int(text))
