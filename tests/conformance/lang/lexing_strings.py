# String literal forms: quotes, triple quotes, raw, escapes, bytes, implicit concatenation.
print('single', "double", '''triple
single''', """triple "double" """)
print('it\'s', "say \"hi\"", 'tab\there', "new\nline")
print(r"raw \n stays", R'C:\path\to', rb"\x00raw bytes")
print("\x41\u00e9\u4e2d\U0001F600", "\101\102", "\N{GREEK SMALL LETTER ALPHA}")
print(b"bytes \x01\xff", B'x', b"\t")
print("implicit" " concat" 'enation', len("abc" "def"))
s = "line one \
continued"
print(s)
print("""\
no leading newline""")
print(repr('\\'), repr("a'b"), repr('a"b'), repr("a'b\"c"))
print(repr("\0\a\b\f\v\r"), repr("\x7f"), repr("é中"))
x = (1 +
     2 +
     3)
y = [
    1,
    2,
]
print(x, y)
print(u"unicode prefix")
