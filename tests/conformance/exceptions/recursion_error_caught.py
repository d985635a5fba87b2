# RecursionError at the default limit is catchable and the interpreter keeps working.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_reached():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError:
        return count
d = depth_reached()
print(900 < d < 1000)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return repr(self.me)
try:
    repr(Node())
except RecursionError as e:
    print("repr recursion:", e)
print("still alive")
