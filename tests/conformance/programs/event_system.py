# An observer/event-emitter with decorators, once-handlers and error isolation.
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event, once=False):
        def register(fn):
            self.handlers.setdefault(event, []).append((fn, once))
            return fn
        return register
    def emit(self, event, *args):
        results = []
        for fn, once in list(self.handlers.get(event, [])):
            if once:
                self.handlers[event].remove((fn, once))
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results
bus = Emitter()
@bus.on("login")
def greet(user):
    return f"welcome {user}"
@bus.on("login", once=True)
def first_time(user):
    return f"first login by {user}"
@bus.on("login")
def audit(user):
    if user == "mallory":
        raise PermissionError("blocked user")
    return f"audited {user}"
print(bus.emit("login", "alice"))
print(bus.emit("login", "mallory"))
print(bus.emit("logout", "alice"))
print({k: [f.__name__ for f, _ in v] for k, v in bus.handlers.items()})
