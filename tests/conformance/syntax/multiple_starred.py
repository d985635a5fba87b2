# conformance: error stderr=full
# SyntaxError (multiple starred): nothing runs, CPython's caret line is compared.
print('never printed')
*a, *b = [1, 2, 3]
