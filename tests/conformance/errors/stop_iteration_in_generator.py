# conformance: error stderr=full
# Uncaught error: StopIteration inside a generator becomes RuntimeError (PEP 479).
def gen():
    it = iter([])
    yield next(it)

list(gen())
