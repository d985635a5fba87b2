# Conway's game of life on a small torus, printed generation by generation.
def step(cells, w, h):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 6, 6
cells = glider
for gen in range(5):
    print(f"gen {gen}: {len(cells)} alive")
    print(show(cells, w, h))
    cells = step(cells, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), sorted(step(step(blinker, 5, 5), 5, 5)) == sorted(blinker))
