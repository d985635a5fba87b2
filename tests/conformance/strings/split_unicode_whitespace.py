# str.split/rsplit on whitespace: non-ASCII text and Unicode spaces, maxsplit keeps the rest's spacing.
for s in ["voilà tout", "a\u3000b\xa0c\u2003d", "x…y", " à b  é ", "  a b  c  ", "", "   ", "naïve  café\tcrème\n", "日本 語"]:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(maxsplit=2))
print("voilà".split("à"), "à-b-c".rsplit("-", 1), " é ".strip(), "\u3000x\u3000".strip(), "x\xa0".rstrip())
print(repr('\u200b\U000e0001\ud7ff\uffff\x85é中😀\u0378\xa0\u2028'), ascii('\xa0é'))
