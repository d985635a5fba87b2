# Generators as stateful parsers with send(): a line protocol framer and a running statistics tracker.
def framer():
    buffer = ""
    frames = []
    while True:
        chunk = yield frames
        frames = []
        buffer += chunk
        while "\n" in buffer:
            line, buffer = buffer.split("\n", 1)
            frames.append(line)
f = framer()
next(f)
for chunk in ["HEL", "LO\nWOR", "LD\n\nBYE", "\n"]:
    print(repr(chunk), "->", f.send(chunk))
def stats():
    count, total, lo, hi = 0, 0.0, None, None
    summary = None
    while True:
        x = yield summary
        count += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
        summary = {"n": count, "mean": round(total / count, 3), "min": lo, "max": hi}
s = stats()
next(s)
for v in [4, 8, 15, 16, 23, 42]:
    last = s.send(v)
print(last)
s.close()
try:
    s.send(1)
except StopIteration:
    print("closed generator raises StopIteration on send")
