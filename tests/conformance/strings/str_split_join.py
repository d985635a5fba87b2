# split/rsplit/splitlines/join in all their argument forms.
print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "x y z".rsplit(None, 1), "".split(), "".split(","))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(4)))
print(" | ".join({"k1": 1, "k2": 2}), "x".join("abc"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
csv = "name,age\nada,36\nalan,41"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
print("a\tb\tc".split("\t"), "1 2 3".split(maxsplit=1), "a.b.c.d".rsplit(".", maxsplit=2))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
