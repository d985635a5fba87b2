# Character properties and case mappings over a sample of code points (every 5th up to U+1FFFF):
# counts of each predicate and checksums of the mapped strings.
chars = [chr(c) for c in range(0, 0x20000, 5) if not 0xD800 <= c <= 0xDFFF]
preds = ["isalpha", "isdecimal", "isdigit", "isnumeric", "islower", "isupper", "istitle", "isspace",
         "isprintable", "isidentifier", "isalnum"]
for p in preds:
    print(p, sum(1 for c in chars if getattr(c, p)()))
for m in ["upper", "lower", "title", "casefold", "swapcase", "capitalize"]:
    out = [getattr(c, m)() for c in chars]
    print(m, sum(len(s) for s in out), sum(ord(ch) for s in out for ch in s) % 1000003)
words = ["ΣΑΣ ΣΑΣ.", "ὈΔΥΣΣΕΎΣ", "ǳ ǲ Ǳ", "ﬃ ﬄ ŉ ǰ", "İı", "ᾳ ᾼ", "Straße", "ΆΣ'Σ"]
for w in words:
    print(w.lower(), w.upper(), w.title(), w.casefold(), w.swapcase(), w.istitle(), w.isupper())
