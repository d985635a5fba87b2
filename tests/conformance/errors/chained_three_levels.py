# conformance: error stderr=full
# Three chained exceptions mixing explicit cause and implicit context.
def level1():
    raise KeyError("root cause")

def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError("level two") from e

def level3():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level three")

level3()
