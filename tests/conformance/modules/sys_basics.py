# sys: argv, getrecursionlimit/setrecursionlimit, maxsize, version_info, stdout/stderr write, exit inside try.
import sys
print(sys.argv[0], len(sys.argv))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[:2] == (3, 11), sys.version_info.major)
print(sys.byteorder in ("little", "big"), type(sys.modules).__name__, "sys" in sys.modules)
sys.stdout.write("via sys.stdout.write\n")
print(sys.stdout.write("x") , end="\n")
sys.stderr.write("via sys.stderr.write\n")
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit > 0, isinstance(sys.path, list))
def deep(n):
    return deep(n + 1) if n < 1500 else n
sys.setrecursionlimit(3000)
print(deep(0))
