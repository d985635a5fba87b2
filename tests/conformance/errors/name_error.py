# conformance: error
# Uncaught error: NameError for an undefined name inside a function.
def greet():
    return f'hi {usernme}'

print('start')
print(greet())
