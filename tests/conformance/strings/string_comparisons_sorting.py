# String comparison is by code point; sorting with key=str.lower, casefold and locale-free rules.
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "Zebra", "zebra", "10", "9", "_under", " space"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len))
print(min(words), max(words), "a" < "B", "a" < "b", "Z" < "a", "é" > "z", "10" < "9")
print("abc" < "abcd", "abc" < "abd", "" < " ", "\x00" < "\x01", "A" * 3 < "AAB")
print(sorted(["b2", "a10", "a2", "b10"], key=lambda s: (s[0], int(s[1:]))))
print(["straße".casefold() == "STRASSE".casefold(), "ǅ".casefold(), "ß" < "ss", "ß".lower() == "ß"])
