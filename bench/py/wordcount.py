# Dict-heavy word counting.
words = ("the quick brown fox jumps over the lazy dog and the cat sat on the mat " * 50000).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
pairs = {}
for a, b in zip(words, words[1:]):
    key = a + " " + b
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(words), top, len(pairs))
