# conformance: error stderr=full
# SyntaxError (assign to literal): nothing runs, CPython's caret line is compared.
print('never printed')
1 = x
