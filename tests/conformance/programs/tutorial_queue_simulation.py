# A bank-queue simulation with a seeded random arrival process and deque, reporting waits.
import random
from collections import deque
random.seed(2024)
queue = deque()
waits, served = [], 0
teller_free_at = 0
for minute in range(60):
    if random.random() < 0.4:
        queue.append(minute)
    if queue and teller_free_at <= minute:
        arrived = queue.popleft()
        waits.append(minute - arrived)
        teller_free_at = minute + random.randint(1, 3)
        served += 1
print("served", served, "still waiting", len(queue))
print("average wait %.2f min, longest %d min" % (sum(waits) / len(waits), max(waits)))
print("wait histogram", {w: waits.count(w) for w in sorted(set(waits))})
