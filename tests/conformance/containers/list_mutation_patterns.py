# List mutation while iterating (safe patterns), slicing copies, list multiplication aliasing, in-place vs new.
nums = list(range(10))
evens = [n for n in nums if n % 2 == 0]
nums[:] = [n for n in nums if n % 3]
print(evens, nums)
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
items = [1, 2, 3, 4, 5, 6]
for i in range(len(items) - 1, -1, -1):
    if items[i] > 3:
        del items[i]
print(items)
a = [1, 2]
b = a + [3]
a += [4]
c = a * 2
print(a, b, c)
rows = [[0] * 3 for _ in range(3)]
alias = [[0] * 3] * 3
rows[0][0] = alias[0][0] = 1
print(rows, alias)
stack = [1, 2, 3]
stack.extend(stack)
print(stack)
lst = [3, 1, 2]
print(sorted(lst), lst, lst.sort(), lst)
l = list(range(5))
l.insert(2, l.pop())
print(l, l[::2], l[-2:], l[10:], l[:-10])
