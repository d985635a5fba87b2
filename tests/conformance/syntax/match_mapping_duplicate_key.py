# conformance: error stderr=full
# SyntaxError (a mapping pattern repeating a literal key): CPython's caret line is compared.
print('never printed')
match {}:
    case {"id": 1, "name": _, "id": 2}:
        pass
