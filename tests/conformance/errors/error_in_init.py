# conformance: error
# Uncaught error: error in __init__.
class Temp:
    def __init__(self, c):
        if c < -273:
            raise ValueError(f'{c} is below absolute zero')
        self.c = c

Temp(20)
Temp(-300)
