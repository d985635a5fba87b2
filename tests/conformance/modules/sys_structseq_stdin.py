# conformance: stdin=sys_structseq_stdin.txt
# sys.version_info / float_info / int_info as named tuples; sys.stdin readlines() and its repr.
import sys
vi = sys.version_info
print(vi[:3], vi.releaselevel, vi >= (3, 8), tuple(vi)[:2], type(vi).__name__, len(vi), vi.major == vi[0])
print(sys.float_info.max, sys.float_info.min, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.stdin, sys.stdin.readline().rstrip())
print(sys.stdin.readlines())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError:", e)
