# String building and splitting.
total = 0
for rep in range(6):
    parts = []
    for i in range(100000):
        parts.append("item%d" % i if i % 3 else str(i) + "-x")
    text = ",".join(parts)
    fields = text.split(",")
    words = 0
    for f in fields:
        words += len(f.upper().split("-"))
    s = ""
    for i in range(20000):
        s += chr(97 + i % 26)
    total += len(text) + len(fields) + words + s.count("abc")
print(len(text), len(fields), words, s.count("abc"), total)
