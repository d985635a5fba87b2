# conformance: error stderr=full
# SyntaxError (nonlocal at module): nothing runs, CPython's caret line is compared.
print('never printed')
nonlocal x
