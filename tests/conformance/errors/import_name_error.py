# conformance: error
# Uncaught error: from-import of a missing name.
from sys import getrecursionlimits
