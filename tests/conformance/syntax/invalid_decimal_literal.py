# conformance: error stderr=full
# SyntaxError (invalid decimal literal): nothing runs, CPython's caret line is compared.
print('never printed')
x = 1abc
