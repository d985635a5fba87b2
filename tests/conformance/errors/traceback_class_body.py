# conformance: error stderr=full
# Traceback for an error raised while executing a class body.
class Settings:
    defaults = {"debug": False}
    level = defaults["level"]

print("unreachable")
