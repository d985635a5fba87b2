# conformance: error stderr=full
# An exception raised from a generator's finally block while the consumer breaks out early is reported normally.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")

gen = numbers()
for n in gen:
    print(n)
    break
gen.close()
raise RuntimeError("after cleanup")
