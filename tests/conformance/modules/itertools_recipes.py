# itertools recipes built from the basic tools: grouper, flatten, unique_everseen, sliding windows, round robin.
from itertools import islice, zip_longest, chain, cycle, groupby, count, accumulate, tee
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)
def unique_everseen(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
def windows(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
def roundrobin(*its):
    nexts = cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
print(list(grouper("ABCDEFG", 3, "x")), list(chain.from_iterable([[1, 2], [3]])))
print(list(unique_everseen("AAAABBBCCDAABBB")), [k for k, _ in groupby("AAAABBBCCDAABBB")])
print(list(windows(range(5), 3)), list(roundrobin("ABC", "D", "EF")))
print(list(islice(accumulate(count(1)), 6)), list(islice(zip(count(), "abc"), 2)))
