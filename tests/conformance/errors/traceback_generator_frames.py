# conformance: error stderr=full
# Traceback through a generator pipeline.
def numbers():
    yield from ["1", "2", "x"]

def parsed():
    for s in numbers():
        yield int(s)

print(sum(parsed()))
