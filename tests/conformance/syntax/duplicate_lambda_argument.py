# conformance: error stderr=full
# SyntaxError (a keyword-only parameter repeating a positional one): CPython's caret line is compared.
print('never printed')
handler = lambda event, *, event: event
