# conformance: error stderr=full
# SyntaxError (expected colon if): nothing runs, CPython's caret line is compared.
print('never printed')
if x == 1
    pass
