# conformance: error stderr=full
# SyntaxError (lambda default order): nothing runs, CPython's caret line is compared.
print('never printed')
f = lambda a=1, b: a
