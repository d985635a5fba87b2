# conformance: error stderr=full
# SyntaxError (await outside async): nothing runs, CPython's caret line is compared.
print('never printed')
def f():
    await g()
