# conformance: error stderr=full
# CPython 3.11 marks the failing binary operation with ~ and ^ under the source line.
def total(prices, discount):
    subtotal = sum(prices)
    return subtotal - subtotal * discount / (len(prices) - 3)

print(total([1, 2, 3, 4], 0.1))
print(total([1, 2, 3], 0.1))
