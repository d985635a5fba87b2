# conformance: error stderr=full
# SyntaxError (paren never closed): nothing runs, CPython's caret line is compared.
print('never printed')
values = [1, 2,
         3
print(values)
