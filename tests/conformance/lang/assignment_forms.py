# Chained, tuple, starred, augmented and annotated assignment.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
[m, n] = "xy"
print(m, n)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
count: int = 10
name: str
print(count)
count += 5; count -= 3; count *= 2; count //= 5; count **= 3; count %= 10
print(count)
s = "ab"
s *= 3
print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
bits = 0b1100
bits &= 0b1010; print(bits)
bits |= 0b0001; print(bits)
bits ^= 0b1111; print(bits)
bits <<= 3; print(bits)
bits >>= 2; print(bits)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 1
print(d)
