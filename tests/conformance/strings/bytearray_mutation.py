# bytearray: item and slice assignment, deletion, in-place operators, mutators, conversions.
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD!"
print(ba, len(ba))
del ba[5]
ba[::2] = b"xxxxxx"
print(ba)
del ba[::3]
print(ba, ba.find(b"x"), ba.count(b"x"), ba.index(120))
ba += b"++"
ba *= 2
print(ba, ba.upper(), ba.split(b"+"), ba.strip(b"+"))
ba.insert(0, 33)
ba.insert(-1, 63)
ba.remove(33)
print(ba, ba.pop(0), ba.pop(), ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"))
print(bytearray(b"abc") + b"d", b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__, bytearray(b"a") * 3)
print(bytearray.fromhex("de ad be ef"), bytearray(b"\x00\xff").hex(), list(bytearray(b"AZ")), bytearray(b"q").copy())
c = bytearray(b"ab")
c.extend([99, 100])
c.extend(bytearray(b"e"))
c.reverse()
print(c, bytes(c), c.decode(), c[1], c[-2:], c[::-1], b"%s|%5s|%-3s|" % (c, b"ab", b"c"))
for bad in (lambda: c.__setitem__(0, 256), lambda: c.__setitem__(0, "a"), lambda: c.extend("str"),
            lambda: c.pop(10), lambda: bytearray().pop(), lambda: c.remove(0), lambda: hash(c),
            lambda: c.__setitem__(slice(None, None, 2), b"x"), lambda: bytearray(b"x") + "y"):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
