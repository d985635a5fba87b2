# conformance: error stderr=full
# SyntaxError (a capture pattern before other cases): nothing runs, CPython's caret line is compared.
print('never printed')
match input():
    case "quit":
        pass
    case command:
        pass
    case "help":
        pass
