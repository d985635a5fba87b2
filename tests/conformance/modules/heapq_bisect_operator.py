# Small standard helpers often used with asyncio code: heapq, bisect, operator.
import heapq, bisect, operator
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], h[0])
print(heapq.nsmallest(2, [7, 3, 9, 1]), heapq.nlargest(2, [7, 3, 9, 1]), list(heapq.merge([1, 4], [2, 3])))
tasks = [(2, "write"), (1, "plan"), (3, "ship")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in (55, 60, 75, 95)])
lst = [1, 3, 5]
bisect.insort(lst, 4)
print(lst, bisect.bisect_left(lst, 3), bisect.bisect_right(lst, 3))
print(operator.add(1, 2), operator.itemgetter(1)([9, 8]), operator.attrgetter("real")(5), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)))
print(operator.methodcaller("upper")("x"), operator.mul(3, 4), operator.neg(5), operator.contains([1], 1))
