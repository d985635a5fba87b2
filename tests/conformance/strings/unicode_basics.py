# Unicode code-point semantics: indexing, slicing, len, iteration, comparison.
s = "中文字符"
print(len(s), s[0], s[-1], s[1:3], s[::-1], list(s))
mixed = "aé中😀"
print(len(mixed), [ord(c) for c in mixed], [hex(ord(c)) for c in mixed])
print(mixed.upper(), "ÉCOLE".lower(), "ß".upper(), "ﬁ".upper(), "İ".lower() == "i̇")
print("中" in s, s.find("字"), s.index("符"), s.count("文"))
print(repr("日本語"), ascii("日本語"), ascii("é"), ascii("😀"))
print(len("日本語".encode()), len("😀".encode("utf-8")), "😀".encode("utf-16-le") if False else "skip")
for ch in "héllo":
    print(ch, end="|")
print()
print(sorted(["b", "a", "é", "z", "中", "A"]))
print("é" == "e\u0301", len("e\u0301"))
print(f"{'中文':>6}|{'中文':<6}|{'中文':^6}|")
print("Ünïcödé".isalpha(), "١٢٣".isdigit(), int("١٢٣"))
