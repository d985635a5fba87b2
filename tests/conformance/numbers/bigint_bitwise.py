# Bitwise operations on big and negative integers, bit_length, shifts.
x = 2 ** 100 - 1
y = 0xDEADBEEF_CAFEBABE_12345678
print(x & y, x | y, x ^ y, ~x)
print(-x & y, -5 & 0xFF, -5 | 3, -5 ^ 3, ~-(2 ** 70))
print(y << 64, y >> 40, -y >> 40, -1 >> 100, 1 << 130)
print(x.bit_length(), y.bit_length(), (-y).bit_length(), (0).bit_length(), (255).bit_length())
print(bin(y), oct(y), hex(-y))
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\x01\x00\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((1234).bit_count() if hasattr(int, "bit_count") else "n/a", bin(1234).count("1"))
print(int("1" * 80, 2), int("z" * 10, 36), int("-ff" * 5, 16) if False else int("-" + "ff" * 5, 16))
mask = (1 << 64) - 1
h = 0
for c in "hash me":
    h = (h * 31 + ord(c)) & mask
print(h, hex(h))
