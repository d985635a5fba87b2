# conformance: error stderr=full
# Full traceback through several functions, in CPython 3.11's format.
def parse(record):
    key, value = record.split("=")
    return key, int(value)

def load(lines):
    return dict(parse(line) for line in lines)

def main():
    config = load(["a=1", "b=2", "c=x"])
    print(config)

print("loading")
main()
