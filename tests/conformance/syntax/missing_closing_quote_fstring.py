# conformance: error stderr=full
# SyntaxError (missing closing quote fstring): nothing runs, CPython's caret line is compared.
print('never printed')
s = f"{1 + }"
