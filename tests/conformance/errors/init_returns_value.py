# conformance: error
# __init__ returning something other than None: TypeError at the call site.
class Point:
    def __init__(self, x):
        self.x = x
        return self


def make():
    return Point(1)


make()
