# conformance: error stderr=full
# SyntaxError (star assignment target): nothing runs, CPython's caret line is compared.
print('never printed')
*a = [1, 2]
