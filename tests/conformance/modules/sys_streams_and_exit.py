# conformance: error stderr=full
# sys.stdout/sys.stderr writes interleave, print(file=...), then sys.exit with a message from a nested function.
import sys
def main(argv):
    sys.stdout.write("starting\n")
    print("warning: no config", file=sys.stderr)
    if len(argv) < 2:
        sys.exit(f"usage: {argv[0]} NAME")
    print("never reached")
try:
    main(["tool"])
finally:
    print("finally before exit", flush=True)
