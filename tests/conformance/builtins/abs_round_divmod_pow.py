# abs, round, divmod, pow (3-arg and negative), hex/oct/bin, chr/ord.
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.0, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(3, 4, 5), pow(-3, 3), pow(0, 0), pow(7, -1, 11))
print(hex(255), hex(-1), oct(8), oct(-8), bin(5), bin(0), bin(-5))
print(chr(97), chr(0x1F600), ord("a"), ord("\n"), ord("€"), [ord(c) for c in "AZaz09"])
print(round(3.14159, 3), round(-2.5), round(15, -1), round(25, -1), round(1234.5678, -2))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
