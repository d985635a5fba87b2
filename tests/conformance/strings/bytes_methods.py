# bytes and bytearray: construction, indexing, methods, hex, concatenation.
b = b"Hello, World"
print(b[0], b[-1], b[:5], b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)), b"ab" * 2, b"a" + b"b")
print(b.find(b"o"), b.count(b"l"), b.startswith(b"Hell"), b.hex(), bytes.fromhex("48 69"), b"\x00\xab".hex("-"))
print(b.decode(), list(b"abc"), len(b), b"a" in b, 72 in b, b.strip(b"Hd"), b.isalpha(), b"123".isdigit())
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
ba += b"!"
print(ba, bytes(ba), len(ba), ba.pop(), ba, ba.decode())
del ba[0:2]
print(ba, ba.reverse(), ba)
print(b" ".join([b"a", b"b"]), b"a,b".split(b","), b"x".center(5, b"-"), b"%d-%s" % (1, b"z"))
print(sorted([b"b", b"a", b"ab"]), b"abc" < b"abd", b"" == bytes(), hash(b"x") == hash(b"x"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
