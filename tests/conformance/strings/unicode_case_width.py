# Unicode in str methods: case mapping with special cases, isdigit/isnumeric differences, center with wide chars.
for s in ["ǆ", "ß", "ﬀ", "İstanbul", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "groß", "ǈ"]:
    print(s, s.upper(), s.lower(), s.title(), s.casefold(), len(s.upper()))
for s in ["7", "⁷", "½", "٧", "七", "Ⅶ", "x"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha())
print("中文".center(8, "*"), "中文".ljust(5, "-"), "日本".rjust(4))
print(sorted("éèêe"), "é" > "z", min("中文字符"), max("abcé"))
print("Straße".encode("utf-8"), "Straße".encode("utf-8").decode("utf-8") == "Straße")
print("a\u0301".upper(), len("a\u0301"), "\u00e1" == "a\u0301")
print([c for c in "日本語テキスト" if ord(c) > 0x3040 and ord(c) < 0x30ff])
print("hello world".title(), "HELLO".swapcase(), "they're bill's".title())
