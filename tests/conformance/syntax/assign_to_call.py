# conformance: error stderr=full
# SyntaxError (assign to call): nothing runs, CPython's caret line is compared.
print('never printed')
f() = 3
