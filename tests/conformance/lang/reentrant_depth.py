# Python code re-entered from native code a few dozen levels deep, as ordinary programs do
# (a __repr__ or __eq__ of a linked structure, a memoised recursion): no RecursionError,
# on any build (the wasm build caps such re-entries, cpp/py/frame.hpp, above this depth).
import functools


class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next

    def __repr__(self):
        return f"{self.value}->{self.next!r}" if self.next else f"{self.value}"

    def __eq__(self, other):
        return isinstance(other, Node) and self.value == other.value and self.next == other.next

    __hash__ = None


def chain(n):
    head = None
    for i in range(n, 0, -1):
        head = Node(i, head)
    return head


print(repr(chain(30)))
print(chain(30) == chain(30), chain(30) == chain(29))
print(str([chain(3), chain(2)]))


@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)


print(ways(30), ways.cache_info())


class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1)] if depth else []

    def __len__(self):
        return 1 + sum(map(len, self.kids))


print(len(Tree(30)))
