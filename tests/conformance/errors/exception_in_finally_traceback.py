# conformance: error stderr=full
# An exception in finally replaces the original; both appear in the traceback.
def work():
    try:
        raise ValueError("original failure")
    finally:
        cleanup()

def cleanup():
    raise OSError("cleanup failed")

work()
