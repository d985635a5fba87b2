# functools.partial with keywords/positional merging, partial of methods, reduce with initial, lru_cache typed keys.
import functools
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = functools.partial(greet, "Hello")
question = functools.partial(greet, punct="?")
print(hello("Ada"), hello("Bob", punct="."), question("Hi", "Cy"), hello(name="Dee"))
nested = functools.partial(hello, "Eve")
print(nested(), nested.args, nested.func is greet)
int2 = functools.partial(int, base=2)
print(int2("1011"), int2("11", base=3))
print(functools.reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
@functools.lru_cache(maxsize=8)
def kind(x):
    print("  miss", repr(x))
    return type(x).__name__
print(kind(1), kind(1), kind(1.0), kind("1"), kind.cache_info().hits)
@functools.lru_cache(maxsize=8, typed=True)
def typed_kind(x):
    return type(x).__name__
print(typed_kind(1), typed_kind(1.0), typed_kind.cache_info().currsize)
@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(Score(1) <= Score(2), Score(3) >= Score(2), Score(2) > Score(2))
