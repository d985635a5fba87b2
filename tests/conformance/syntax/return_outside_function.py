# conformance: error stderr=full
# SyntaxError (return outside function): nothing runs, CPython's caret line is compared.
print('never printed')
x = 1
return x
