# conformance: realtime
# A countdown timer with time.sleep, like a learner's first "timer" program.
import time
for remaining in range(3, 0, -1):
    print(f"{remaining}...")
    time.sleep(0.2)
print("Lift off!")
