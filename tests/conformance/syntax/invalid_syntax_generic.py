# conformance: error stderr=full
# SyntaxError (invalid syntax generic): nothing runs, CPython's caret line is compared.
print('never printed')
x = 1 +* 2
