# conformance: error stderr=full
# SyntaxError (unindent mismatch): nothing runs, CPython's caret line is compared.
print('never printed')
if True:
        x = 1
    y = 2
