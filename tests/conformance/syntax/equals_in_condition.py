# conformance: error stderr=full
# SyntaxError (equals in condition): nothing runs, CPython's caret line is compared.
print('never printed')
x = 0
if x = 1:
    pass
