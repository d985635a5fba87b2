# List-heavy idioms as learners write them: matrix building, transposing, filtering with index, zipping with slices.
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
print("\n".join(" ".join(f"{v:2}" for v in row) for row in table))
print([list(t) for t in zip(*table)][-1])
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print([w for i, w in enumerate(words) if i % 2 == 0], [w.upper() for w in words if "l" in w])
print([a + b for a, b in zip(words, words[1:])][:2], [len(w) for w in words], sum(len(w) for w in words))
print([(w, len(w)) for w in sorted(words, key=len, reverse=True)][:2])
flat = [c for w in words for c in w if c in "aeiou"]
print("".join(flat), len(flat), sorted(set(flat)))
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(24).rstrip())
