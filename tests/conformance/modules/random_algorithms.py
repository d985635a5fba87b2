# Seeded random in algorithms: reservoir sampling, Monte Carlo pi, weighted choice, random passwords.
import random
import string
random.seed(99)
def reservoir(stream, k):
    sample = []
    for i, x in enumerate(stream):
        if i < k:
            sample.append(x)
        else:
            j = random.randint(0, i)
            if j < k:
                sample[j] = x
    return sample
print(reservoir(range(1000), 5))
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)
print(random.choices(["common", "rare", "legendary"], weights=[80, 18, 2], k=10))
alphabet = string.ascii_letters + string.digits
print("".join(random.choice(alphabet) for _ in range(16)))
cards = [r + s for s in "♠♥" for r in "A23"]
random.shuffle(cards)
print(cards, random.sample(cards, 2))
print([round(random.uniform(-1, 1), 4) for _ in range(4)], random.randrange(0, 100, 7))
