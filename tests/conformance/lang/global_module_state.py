# Module-level state mutated by functions, globals() lookups, and name resolution order.
CONFIG = {"debug": False}
counter = 0
def configure(**opts):
    CONFIG.update(opts)
def increment():
    global counter
    counter += 1
def get(name):
    return globals()[name]
configure(debug=True, level=3)
for _ in range(5):
    increment()
print(CONFIG, counter, get("counter"), "increment" in globals())
globals()["dynamic"] = "created via globals()"
print(dynamic)
def shadow_builtin():
    global len
    len = lambda x: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
del len
print(len("abc"))
