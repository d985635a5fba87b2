# conformance: error
# Uncaught error: unsupported operand types.
total = 0
for price in [3, '4', 5]:
    total = total + price
print(total)
