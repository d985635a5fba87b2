# conformance: error stderr=full
# SyntaxError (fstring single brace): nothing runs, CPython's caret line is compared.
print('never printed')
name = 'x'
s = f'{name'
