# conformance: error
# Uncaught error: subscripting None.
def find():
    pass

result = find()
print(result[0])
