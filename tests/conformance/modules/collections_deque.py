# collections.deque: both ends, maxlen, rotate, extendleft, indexing, repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], 7 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), end=" ")
print()
print(window, window.maxlen)
print(deque("abc"), deque(), deque(range(3), maxlen=2))
d2 = deque([1, 2, 2, 3])
d2.remove(2); print(d2, d2.count(2), d2.index(3))
d2.reverse(); print(d2)
d2.clear(); print(d2, bool(d2))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(deque([1, 2, 3]))), deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]))
q = deque(["task1", "task2", "task3"])
while q:
    t = q.popleft()
    print("run", t)
    if t == "task1":
        q.append("task1-followup")
