# conformance: error stderr=full
# SyntaxError (unexpected indent): nothing runs, CPython's caret line is compared.
print('never printed')
x = 1
    y = 2
