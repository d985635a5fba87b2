# conformance: error stderr=full
# SyntaxError (expected colon class): nothing runs, CPython's caret line is compared.
print('never printed')
class K
    pass
