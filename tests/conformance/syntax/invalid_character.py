# conformance: error stderr=full
# SyntaxError (invalid character): nothing runs, CPython's caret line is compared.
print('never printed')
x = 5 € 3
