# With a raised recursion limit, deep pure-Python recursion works (no C stack overflow in the interpreter).
import sys
sys.setrecursionlimit(30000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(25000))
def build(n):
    return None if n == 0 else [n, build(n - 1)]
lst = build(20000)
count = 0
while lst:
    count += 1
    lst = lst[1]
print(count)
def gen_chain(n):
    if n:
        yield from gen_chain(n - 1)
    yield n
print(sum(gen_chain(2000)))
try:
    depth(40000)
except RecursionError as e:
    print("RecursionError:", e)
