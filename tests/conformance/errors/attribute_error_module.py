# conformance: error
# Uncaught error: missing module attribute.
import math
print(math.tau)
print(math.taux)
