# A seeded number-guessing game played by a bisecting "player".
import random
random.seed(42)
secret = random.randint(1, 100)
low, high, tries = 1, 100, 0
while True:
    guess = (low + high) // 2
    tries += 1
    if guess < secret:
        print(f"{guess} is too low")
        low = guess + 1
    elif guess > secret:
        print(f"{guess} is too high")
        high = guess - 1
    else:
        print(f"{guess} is right! found in {tries} tries")
        break
