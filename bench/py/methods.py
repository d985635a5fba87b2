# Method calls on objects.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def dot(self, other):
        return self.x * other.x + self.y * other.y
acc = Vec(0, 0)
step = Vec(1, 2)
d = 0
for i in range(1000000):
    acc = acc.add(step)
    d += acc.dot(step)
print(acc.x, acc.y, d)
