# conformance: error
# Uncaught error: integer modulo by zero.
print(10 % 0)
