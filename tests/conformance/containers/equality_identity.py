# == vs is, copies, aliasing, containers compare element-wise, `in` uses == (and identity).
a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
b.append(4)
print(a, c)
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {"a": 1} == {"a": 1.0}, {1, 2} == {2, 1})
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() in [1, 2], 5 in [AlwaysEqual()], [AlwaysEqual()] == [3])
x = None
print(x is None, x == None, type(x) is type(None))
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2, len({s1, s2}))
print([] == [], [] is [], () == (), {} == {})
print(1 == 1.0 == True, 0 == False == 0.0, "1" == 1)
