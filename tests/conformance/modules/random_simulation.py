# A seeded simulation: dice statistics, random walk, shuffled tournament.
import random
random.seed(12345)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {total: rolls.count(total) for total in range(2, 13)}
for total, n in hist.items():
    print(f"{total:2} {n:4} {'*' * (n // 10)}")
pos, path = 0, []
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, min(path), max(path))
players = ["ann", "ben", "cat", "dan", "eve", "fay", "gus", "hal"]
random.shuffle(players)
round_no = 1
while len(players) > 1:
    winners = [random.choice(pair) for pair in zip(players[::2], players[1::2])]
    print(f"round {round_no}: {players} -> {winners}")
    players, round_no = winners, round_no + 1
print("champion:", players[0])
delays = [round(random.uniform(0.1, 1.0), 3) for _ in range(5)]
print(delays, round(sum(delays), 3))
