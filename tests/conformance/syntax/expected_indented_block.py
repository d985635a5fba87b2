# conformance: error stderr=full
# SyntaxError (expected indented block): nothing runs, CPython's caret line is compared.
print('never printed')
def f():
return 1
