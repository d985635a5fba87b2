# conformance: error stderr=full
# except* handles part of a group; the rest, and an exception raised by a clause, propagate.
def fetch(urls):
    raise ExceptionGroup("fetch failed", [ConnectionError(u) for u in urls] + [TimeoutError("slow")])

def main():
    try:
        fetch(["a", "b"])
    except* TimeoutError:
        print("timeout handled")
    except* ConnectionError as g:
        raise RuntimeError(f"{len(g.exceptions)} connections failed")

main()
