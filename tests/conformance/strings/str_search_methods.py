# find/rfind/index/rindex/count/startswith/endswith/in with ranges.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o", 0, 20))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("lazy", 0, -4))
print(s.startswith("quick", 4), "fox" in s, "cat" not in s, "" in s)
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print("abcabc".find("c", -2), "abc".find("", 10), "abc".find("", 3))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2), "aaa".replace("", "-"))
print("banana".partition("an"), "banana".rpartition("an"), "banana".partition("x"), "banana".rpartition("x"))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
