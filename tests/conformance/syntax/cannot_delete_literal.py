# conformance: error stderr=full
# SyntaxError (cannot delete literal): nothing runs, CPython's caret line is compared.
print('never printed')
del 5
