# Generators and exceptions: errors propagate to the consumer, generator is finished afterwards, return inside try/finally.
def failing():
    yield 1
    raise ValueError("boom in generator")
g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "finished"))
def guarded():
    try:
        yield "a"
        return "early"
    finally:
        print("finally before StopIteration")
g2 = guarded()
print(next(g2))
try:
    next(g2)
except StopIteration as s:
    print("StopIteration value:", s.value)
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def nested():
    try:
        yield from failing()
    except ValueError as e:
        yield f"outer handled {e}"
print(list(nested()))
def running():
    yield gen.gi_running
gen = running()
print(next(gen), gen.gi_running)
