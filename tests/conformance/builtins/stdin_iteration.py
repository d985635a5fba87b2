# conformance: stdin=stdin_iteration.txt
# Reading stdin with sys.stdin: readline, iteration, read.
import sys
first = sys.stdin.readline()
print(repr(first))
count = 0
for line in sys.stdin:
    count += 1
    print(count, line.rstrip("\n").upper())
    if count == 2:
        break
rest = sys.stdin.read()
print(repr(rest))
