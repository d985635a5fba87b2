# conformance: error stderr=full
# RecursionError traceback collapses repeated frames ("[Previous line repeated N more times]").
def countdown(n):
    return countdown(n - 1) if n else 1 // 0

countdown(30)
