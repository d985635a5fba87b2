# conformance: error stderr=full
# SyntaxError (else without if): nothing runs, CPython's caret line is compared.
print('never printed')
x = 1
else:
    pass
