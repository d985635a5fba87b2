# Creating many reference cycles must not exhaust memory or crash; results stay correct.
class Node:
    def __init__(self, i):
        self.i = i
        self.partner = None
def make_pair(i):
    a, b = Node(i), Node(-i)
    a.partner, b.partner = b, a
    return a.i + b.i
total = 0
for i in range(200000):
    total += make_pair(i)
print(total)
def self_ref(n):
    for i in range(n):
        lst = [i]
        lst.append(lst)
        d = {"self": None}
        d["self"] = d
    return len(lst), lst[0], d["self"] is d
print(self_ref(100000))
class Graph:
    def __init__(self, n):
        self.nodes = [Node(i) for i in range(n)]
        for a, b in zip(self.nodes, self.nodes[1:] + self.nodes[:1]):
            a.partner = b
for _ in range(200):
    g = Graph(500)
print(len(g.nodes), g.nodes[-1].partner.i)
