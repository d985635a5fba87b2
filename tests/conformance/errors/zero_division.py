# conformance: error
# Uncaught ZeroDivisionError: last traceback line and exit status 1.
def ratio(a, b):
    return a / b

print("before")
print(ratio(1, 0))
