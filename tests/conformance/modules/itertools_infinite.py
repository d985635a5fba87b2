# itertools.count, cycle, repeat bounded with islice/zip.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 4)))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([1, 2]), 0)), list(zip(range(5), cycle("xy"))))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(map(pow, range(5), repeat(2))), list(islice(repeat(7), 2)))
print(list(islice("abcdefgh", 2, 6)), list(islice("abcdefgh", 1, None, 3)), list(islice(range(100), 3)))
counter = count(1)
print(next(counter), next(counter), next(counter))
for i, colour in zip(count(1), cycle(["red", "green"])):
    if i > 4:
        break
    print(i, colour)
print(repr(count(3)), repr(repeat("a", 2)))
