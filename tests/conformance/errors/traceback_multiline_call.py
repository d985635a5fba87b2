# conformance: error stderr=full
# A failing call spread over several lines: CPython shows only the first line.
def combine(a, b, c):
    return a + b + c

result = combine(
    1,
    2,
    "three",
)
