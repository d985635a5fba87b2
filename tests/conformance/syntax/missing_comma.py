# conformance: error stderr=full
# SyntaxError (missing comma): nothing runs, CPython's caret line is compared.
print('never printed')
items = [1, 2 3]
