# conformance: error
# Uncaught error: local read before assignment.
count = 0
def bump():
    count += 1

bump()
