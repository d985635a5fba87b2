# conformance: error stderr=full
# SyntaxError (unterminated string): nothing runs, CPython's caret line is compared.
print('never printed')
s = 'abc
print(s)
