# Retries with exponential backoff (simulated clock), a circuit breaker, and results summary.
import random
random.seed(7)
clock = 0.0
def flaky_service(name):
    if random.random() < 0.6:
        raise ConnectionError(f"{name} unavailable")
    return f"{name} ok"
def with_retries(fn, arg, attempts=5, base=0.1):
    global clock
    for n in range(attempts):
        try:
            return fn(arg), n + 1
        except ConnectionError as e:
            delay = base * 2 ** n
            clock += delay
            print(f"  {e}; retry {n + 1} in {delay:.1f}s (t={clock:.1f})")
    raise TimeoutError(f"{arg}: gave up after {attempts} attempts")
class Breaker:
    def __init__(self, limit):
        self.failures, self.limit = 0, limit
    def call(self, fn, *args):
        if self.failures >= self.limit:
            return "circuit open"
        try:
            result = fn(*args)
            self.failures = 0
            return result
        except TimeoutError as e:
            self.failures += 1
            return f"failed: {e}"
breaker = Breaker(2)
for svc in ["users", "orders", "billing", "search", "mail", "stats"]:
    print(svc, "->", breaker.call(with_retries, flaky_service, svc, 3))
print(f"total simulated wait {clock:.1f}s")
