# Builtins over all sequence kinds: len/in/index/count/min/max/sorted/reversed on str, list, tuple, range, bytes.
seqs = ["hello", [3, 1, 2, 3], (5, 4, 5), range(2, 12, 3), b"bytes"]
for s in seqs:
    first = s[0]
    print(type(s).__name__, len(s), first in s, s.index(first), s.count(first), min(s), max(s),
          sorted(s)[:3], list(reversed(s))[:2], s[::-1][:2] if not isinstance(s, range) else list(s[::-1][:2]))
print("ell" in "hello", [3, 1] in [[3, 1]], (5,) in (5, 4), b"yt" in b"bytes", 8 in range(2, 12, 3))
print("hello" * 2, [0] * 3, (1,) * 2, b"ab" * 2, list(range(3)) * 2)
print("ab" + "cd", [1] + [2], (1,) + (2,), b"a" + b"b")
for bad in (lambda: "a" + [1], lambda: [1] + (2,), lambda: range(3) + range(2), lambda: b"a" + "b"):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
