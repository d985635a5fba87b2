# Generator state: gi_running/gi_frame-free introspection via inspect-free checks, reuse, generators in classes.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), list(t.leaves()), max(t), 5 in t)
def gen():
    yield 1
g = gen()
print(list(g), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
f2 = fib()
print(next(f2), next(f), "independent")
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
it = gen_with_finally()
for x in it:
    print("loop", x)
    break
print("after break")
it.close()
print("after close")
def recurse_gen(n):
    if n:
        yield n
        yield from recurse_gen(n - 1)
print(list(recurse_gen(50))[-3:])
