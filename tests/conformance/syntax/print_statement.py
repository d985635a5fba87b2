# conformance: error stderr=full
# SyntaxError (print statement): nothing runs, CPython's caret line is compared.
print('never printed')
print 'hello'
