# conformance: error stderr=full
# SyntaxError (or-pattern alternatives binding different names): CPython's caret line is compared.
print('never printed')
match (1, 2):
    case (x, 1) | (1, y):
        pass
