# str.encode / bytes.decode with utf-8, ascii and latin-1, the error handlers, and the
# UnicodeError attributes and messages.
s = "naïve café 中文 😀"
for enc in ("utf-8", "UTF8", "ascii", "latin-1", "iso-8859-1"):
    for errors in ("strict", "ignore", "replace"):
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b, b.decode(enc, errors) if enc != "ascii" else b.decode("ascii"))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.encoding, e.start, e.end, e.reason)
for data in (b"\xff", b"ab\xc3", b"\xe4\xb8x", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"ok\x80\x80ok", b"\xc0\xaf"):
    for errors in ("strict", "replace", "ignore"):
        try:
            print(repr(data.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e, "|", e.start, e.end, e.reason, e.object)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(bytearray(b"xy"), "ascii"), b"\x80abc".decode("ascii", "replace"))
for bad in (lambda: "x".encode("rot-13-nope"), lambda: b"x".decode("utf-8", "nope"), lambda: str(b"x", encoding="ascii", errors="strict") + 1,
            lambda: b"\x80".decode("ascii"), lambda: bytes("x"), lambda: bytes(-1), lambda: bytes([1, "a"]), lambda: bytes(1.5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
