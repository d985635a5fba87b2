# conformance: error
# Uncaught error: abstract method raising NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError('subclasses must implement area')

Shape().area()
