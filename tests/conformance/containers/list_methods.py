# list methods: append/extend/insert/remove/pop/index/count/sort/reverse/copy/clear.
l = [5, 3, 8]
l.append(1); l.extend([9, 3]); l.insert(0, 7); l.insert(-1, 0); l.insert(100, 42)
print(l)
l.remove(3)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(8), l.count(3), l.index(3, 2) if 3 in l[2:] else -1)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
c = l.copy(); c.append("new"); print(l, c)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=lambda w: (len(w), w), reverse=True); print(words)
c.clear(); print(c, len(c))
for call in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1, 2][5]):
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [0] * 4, [[]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 2, 0], list(range(3)) * 2)
nested = [[0] * 3] * 2
nested[0][0] = 1
print(nested)
print(sum([[1], [2, 3]], []), len([None] * 7), [3, 1, 2].sort())
