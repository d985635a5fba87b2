# conformance: error
# Uncaught error: error in a property getter.
class Box:
    @property
    def size(self):
        return self.width * 2

print(Box().size)
