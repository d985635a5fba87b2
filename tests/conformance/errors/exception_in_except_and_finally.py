# conformance: error stderr=full
# An exception raised in an except block, then a finally that prints: full chained traceback.
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError:
        raise FileNotFoundError(f"no config named {name!r}")
    finally:
        print("load finished")

load("b")
