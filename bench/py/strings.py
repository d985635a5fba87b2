# String building and splitting.
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
print(len(text), len(fields), words, s.count("abc"))
