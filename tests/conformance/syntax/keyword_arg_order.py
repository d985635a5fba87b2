# conformance: error stderr=full
# SyntaxError (keyword arg order): nothing runs, CPython's caret line is compared.
print('never printed')
f(a=1, 2)
