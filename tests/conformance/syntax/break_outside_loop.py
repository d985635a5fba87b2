# conformance: error stderr=full
# SyntaxError (break outside loop): nothing runs, CPython's caret line is compared.
print('never printed')
if True:
    break
