# conformance: error stderr=full
# SyntaxError (walrus invalid target): nothing runs, CPython's caret line is compared.
print('never printed')
(a.b := 3)
