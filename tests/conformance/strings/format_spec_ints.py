# The format-spec mini-language on integers.
for v in (0, 7, -7, 255, 123456789):
    print(format(v, "d"), format(v, "+d"), format(v, " d"), format(v, "x"), format(v, "#X"), format(v, "o"),
          format(v, "#o"), format(v, "b"), format(v, "#b"), format(v, ","), format(v, "_"), format(v, "_x"))
print(format(42, "08d"), format(-42, "08d"), format(42, "=+8d"), format(42, "*^9"), format(42, "<6") + "|")
print(format(42, "c"), format(9731, "c"), format(1234, "n"), format(42, ""), format(True, "d"), format(True, ""))
print(format(10 ** 20, ","), format(-(10 ** 15), "_d"), format(5, "e"), format(5, ".2f"), format(5, "%"))
print("{:>10,}".format(1234567), "{:#010x}".format(255), "{:#_b}".format(255))
try:
    format(42, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ",c")
except ValueError as e:
    print("ValueError:", e)
