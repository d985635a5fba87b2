# conformance: error
# Uncaught error: error raised inside a generator.
def gen():
    yield 1
    raise ValueError('generator failed')

for x in gen():
    print(x)
