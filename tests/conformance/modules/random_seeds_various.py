# random.seed with ints, big ints, strings; Random instances are independent.
import random
for seed in (0, 1, 42, 123456789, 2 ** 40 + 7, -5, "hello", "中文"):
    random.seed(seed)
    print(repr(seed), round(random.random(), 12), random.randint(0, 1000), random.choice("xyz"))
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(1, 100) for _ in range(5)], [r2.randint(1, 100) for _ in range(5)])
r3 = random.Random()
r3.seed(99)
print(r3.random(), r3.choices(["a", "b", "c"], k=5), r3.choices(range(3), weights=[1, 0, 5], k=4))
random.seed(3)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.seed(11)
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10), round(random.expovariate(1.5), 10))
print(round(random.triangular(0, 10), 10), random.randbytes(4).hex() if hasattr(random, "randbytes") else "")
