# conformance: args=--name "Ada Lovelace" -v 3
# sys.argv holds the program name and the command-line arguments.
import sys
print(sys.argv[0])
print(sys.argv[1:])
args = sys.argv[1:]
opts = {}
while args:
    key = args.pop(0)
    opts[key.lstrip("-")] = args.pop(0) if args and not args[0].startswith("-") else True
print(opts)
