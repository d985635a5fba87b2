# A singly linked list class with iteration, indexing, reversal, and dunder protocol.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, iterable=()):
        self.head, self.size = None, 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return list(self) == list(other)
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, list(ll.reverse()), ll == LinkedList([3, 2, 1, 0]))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(1000))
print(sum(big), big[999], len(big.reverse()), big[0])
