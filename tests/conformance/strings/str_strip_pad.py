# strip family, padding, centring, zfill, expandtabs.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
print(repr("ab".center(7)), repr("ab".center(8, "*")), repr("abc".ljust(6, ".")), repr("abc".rjust(6)))
print(repr("long".center(2)), "42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5))
print(repr("a\tbc\tdef".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
for w in ["x", "xyz", "xyzuvw"]:
    print(f"|{w.ljust(5)}|{w.rjust(5)}|{w.center(5)}|")
