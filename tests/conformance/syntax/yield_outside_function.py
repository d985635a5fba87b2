# conformance: error stderr=full
# SyntaxError (yield outside function): nothing runs, CPython's caret line is compared.
print('never printed')
x = 1
yield x
