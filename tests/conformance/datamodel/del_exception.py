# __del__ and exceptions: one raised and handled inside __del__ stays there; __del__ running
# while another exception is being handled leaves that exception alone. (An exception that
# escapes __del__ prints an address-bearing "Exception ignored in" report: see
# tests/cpp/py/interpreter_teardown_test.cpp.)
class Quiet:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        try:
            raise KeyError(self.name)
        except KeyError as e:
            print("handled inside __del__:", repr(e))


q = Quiet("q")
q = 1
print("still running")


def pending():
    try:
        raise RuntimeError("outer")
    except RuntimeError as e:
        Quiet("during except")
        print("outer still handled:", e)
    print("after except")


pending()


print("done")
