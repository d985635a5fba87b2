# assert with and without messages; pass in every block form.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
assert True, "never"

class Empty:
    pass

def nothing():
    pass

for _ in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
finally:
    pass
print(nothing(), Empty.__name__)
