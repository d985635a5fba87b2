# int methods and attributes: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, real/imag, conjugate.
for n in (0, 1, -1, 255, -256, 2 ** 64, -(2 ** 70) + 1):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag, n.conjugate(), n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "little"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes(bytes(range(1, 9)), "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int.__name__, (5).__class__.__name__, isinstance(True.real, int), type(True.real).__name__)
print((3.75).is_integer(), (4.0).is_integer(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e300).as_integer_ratio()[1])
