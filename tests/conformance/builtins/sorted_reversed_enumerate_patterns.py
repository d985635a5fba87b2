# Common idioms: ranking, top-n, grouping by sorted key, index of max, pairwise differences.
scores = {"ada": 93, "bob": 78, "cy": 93, "dee": 85, "eve": 60}
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (name, score) in enumerate(ranked, 1):
    print(f"{rank}. {name:<4}{score}")
print([n for n, _ in ranked[:3]])
values = [5, 3, 9, 1, 9, 2]
print(values.index(max(values)), max(range(len(values)), key=values.__getitem__))
print([b - a for a, b in zip(values, values[1:])])
print(list(reversed(sorted(values))), sorted(values)[::-1] == sorted(values, reverse=True))
print({k: v for k, v in sorted(scores.items())})
words = "the quick brown fox jumps over the lazy dog".split()
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
print(dict(sorted(by_len.items())))
print(sorted(words, key=lambda w: (w[-1], w)))
