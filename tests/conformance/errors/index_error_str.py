# conformance: error
# Uncaught error: string index out of range.
s = 'abc'
print(s[3])
