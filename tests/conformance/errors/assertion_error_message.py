# conformance: error
# Uncaught error: assert with a message.
def check(x):
    assert x > 0, f'expected positive, got {x}'

check(5)
check(-2)
