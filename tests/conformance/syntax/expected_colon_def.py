# conformance: error stderr=full
# SyntaxError (expected colon def): nothing runs, CPython's caret line is compared.
print('never printed')
def f()
    return 1
