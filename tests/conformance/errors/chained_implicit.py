# conformance: error stderr=full
# An exception raised while handling another: "During handling of the above exception, another exception occurred".
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        print("empty input, logging it")
        log.append("empty")

average([])
