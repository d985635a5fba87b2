# The format-spec mini-language on floats: f, e, g, %, precision, alignment, signs.
values = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e22, 0.1 + 0.2, float("inf"), float("nan")]
for v in values:
    print(format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, ".3e"), format(v, "g"),
          format(v, ".3g"), format(v, "%") if v == v and abs(v) < 1e10 else "-", format(v, "+.1f"), format(v, "10.4g") + "|")
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.005, ".2f"))
print(format(1234.5, ",.1f"), format(1234.5, "_.3f"), format(-1234.5, "012,.1f"), format(0.5, "08.3%"))
print(format(1e16, "g"), format(1e15, "g"), format(123456, "g"), format(1234567, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(1.5, "#g"), format(2.0, "#.3g"), format(100.0, ".0e"), format(1.0, "G"), format(1e-10, "G"), format(float("inf"), "F"))
print("{:^12.3f}|{:<10.1e}|{:>+8.2f}".format(3.14159, 12345.678, 2.5))
print(format(12.0, "n"), format(0.1, ".20f"), format(1/3, ".17g"), format(2 ** 0.5, ".15f"))
