# Classic string exercises: reverse words, count vowels, capitalise, check anagram, compress spaces.
s = "  The quick  brown fox   jumps over the lazy dog  "
words = s.split()
print(" ".join(reversed(words)))
print(" ".join(w[::-1] for w in words))
print(sum(1 for c in s.lower() if c in "aeiou"), {v: s.lower().count(v) for v in "aeiou"})
print(" ".join(words).capitalize(), " ".join(w.capitalize() for w in words))
def is_anagram(a, b):
    clean = lambda x: sorted(x.replace(" ", "").lower())
    return clean(a) == clean(b)
print(is_anagram("Dormitory", "dirty room"), is_anagram("hello", "world"))
print(repr(" ".join(s.split())), len(s), len(" ".join(s.split())))
print(max(words, key=len), min(words, key=len), sorted(words, key=str.lower)[:3])
print("".join(c for c in s if c.isalpha()).lower()[:10], s.strip().title().swapcase())
first_letters = "".join(w[0] for w in words)
print(first_letters, first_letters.upper(), first_letters.isalpha())
