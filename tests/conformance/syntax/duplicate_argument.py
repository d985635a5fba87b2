# conformance: error stderr=full
# SyntaxError (duplicate argument): nothing runs, CPython's caret line is compared.
print('never printed')
def f(a, a):
    pass
