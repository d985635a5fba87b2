# Exceptions as control flow: retry loops, EAFP dictionary access, StopIteration handling.
def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            good.append(int(item))
        except ValueError:
            bad.append(item)
    return good, bad
print(parse_all(["1", "x", "3", "4.5", "-2"]))
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
for i in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry after:", e)
config = {"host": "localhost"}
try:
    port = config["port"]
except KeyError:
    port = 8080
print(port)
it = iter([1, 2])
while True:
    try:
        print("item", next(it))
    except StopIteration:
        print("exhausted")
        break
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        print(f"divided {a} by {b}")
print(safe_div(1, 2), safe_div(1, 0))
errors = []
for fn in (lambda: 1 / 0, lambda: [][0], lambda: {}["x"], lambda: None.x):
    try:
        fn()
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
