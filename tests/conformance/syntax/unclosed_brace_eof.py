# conformance: error stderr=full
# SyntaxError (unclosed brace eof): nothing runs, CPython's caret line is compared.
print('never printed')
config = {
    'a': 1,
