# A binary search tree: insert, search, in-order traversal via generators, height, delete.
class BST:
    class Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self):
        self.root = None
    def insert(self, key):
        def _ins(node):
            if node is None:
                return BST.Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def delete(self, key):
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if not node.left:
                    return node.right
                if not node.right:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t), t.height(), 40 in t, 99 in t)
t.delete(30); t.delete(50)
print(list(t), t.height(), t.root.key)
try:
    t.delete(1000)
except KeyError as e:
    print("KeyError:", e)
