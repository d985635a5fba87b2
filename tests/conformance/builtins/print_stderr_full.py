# conformance: stderr=full
# Interleaving writes to stdout and stderr; stderr is compared in full.
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2 via write\n")
print("out 2")
print("err", 3, sep="-", file=sys.stderr)
