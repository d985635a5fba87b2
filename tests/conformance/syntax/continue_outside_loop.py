# conformance: error stderr=full
# SyntaxError (continue outside loop): nothing runs, CPython's caret line is compared.
print('never printed')
def f():
    continue
