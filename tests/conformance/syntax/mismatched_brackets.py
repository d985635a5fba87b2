# conformance: error stderr=full
# SyntaxError (mismatched brackets): nothing runs, CPython's caret line is compared.
print('never printed')
x = (1, 2]
