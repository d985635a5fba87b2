# Parsing log lines with str methods: levels per hour, top errors, durations.
LOG = """2024-05-01 10:00:01 INFO  request /home 12ms
2024-05-01 10:00:05 WARN  slow request /search 850ms
2024-05-01 10:15:30 ERROR db timeout /orders 3000ms
2024-05-01 11:02:11 INFO  request /home 9ms
2024-05-01 11:05:47 ERROR db timeout /orders 3001ms
2024-05-01 11:30:00 ERROR bad input /login 4ms
2024-05-01 12:00:00 INFO  request /about 7ms"""
entries = []
for line in LOG.splitlines():
    date, time, level, rest = line.split(maxsplit=3)
    msg, _, dur = rest.rpartition(" ")
    entries.append({"hour": time[:2], "level": level, "msg": msg, "ms": int(dur.removesuffix("ms"))})
per_hour = {}
for e in entries:
    per_hour.setdefault(e["hour"], {}).setdefault(e["level"], 0)
    per_hour[e["hour"]][e["level"]] += 1
for hour, levels in per_hour.items():
    print(hour, dict(sorted(levels.items())))
errors = {}
for e in entries:
    if e["level"] == "ERROR":
        key = e["msg"].rsplit(" ", 1)[0]
        errors[key] = errors.get(key, 0) + 1
print(sorted(errors.items(), key=lambda kv: -kv[1]))
print("p_max", max(e["ms"] for e in entries), "mean %.1f" % (sum(e["ms"] for e in entries) / len(entries)))
print([e["msg"].split()[-1] for e in entries if e["ms"] > 100])
