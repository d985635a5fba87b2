# Subscripts and slices with steps, negative indices, slice assignment and deletion.
s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], repr(s[3:3]))
lst = list(range(10))
print(lst[2:8:3], lst[::-3], lst[-2::-4])
lst[2:4] = ["a", "b", "c"]
print(lst)
lst[::3] = [0] * len(lst[::3])
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
lst[:] = []
print(lst)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
sl = slice(1, None, 2)
print(sl, sl.start, sl.stop, sl.step, "abcdef"[sl], sl.indices(10))
print(list(range(20))[slice(3, 15, 4)], range(10)[2:9:2])
b = b"bytes!"
print(b[1], b[1:4], b[::-1])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][::-1], [row[0] for row in m])
