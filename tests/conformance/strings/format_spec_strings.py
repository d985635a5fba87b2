# The format-spec mini-language on strings and str.format field syntax.
print(format("abc", ""), format("abc", "10") + "|", format("abc", ">10"), format("abc", "^10") + "|", format("abc", "*<7"))
print(format("abcdef", ".3"), format("abcdef", "^9.2") + "|", format("中文", "^6") + "|")
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age} years".format(name="Ada", age=36))
print("{0[0]} {0[1]} {1[key]} {2.real}".format(["p", "q"], {"key": "v"}, 5))
print("{:>{w}}|{:{fill}^{w}}|".format("r", "c", w=6, fill="-"))
print("{!r} {!s} {!a}".format("q", "q", "ñ"))
print("{{escaped}} {}".format("ok"), "{:%}".format(0.5), "{:,}".format(10 ** 9))
class P:
    def __init__(self):
        self.x, self.y = 1, 2
print("{p.x},{p.y}".format(p=P()))
print("{0:{1}}|".format("nest", 8), "{:{}{}}".format(3.14159, ".", "2f") if False else "{:.{}f}".format(3.14159, 2))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
