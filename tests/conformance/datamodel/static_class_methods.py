# staticmethod and classmethod: calls via class and instance, alternative constructors, inheritance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    pass

print(Date.from_string("2024-02-29"), EuroDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = EuroDate(2020, 1, 1)
print(d.from_string("2021-05-05"), type(d.from_string("1-2-3")).__name__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.how_many(), SubCounter.how_many())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
sm = staticmethod(lambda: "plain")
class Holder:
    f = sm
print(Holder.f(), Holder().f())
