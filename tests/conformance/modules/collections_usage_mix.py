# collections together: Counter of deque windows, defaultdict of Counters, namedtuple records in an OrderedDict.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
Sale = namedtuple("Sale", "region product units")
sales = [Sale("north", "tea", 5), Sale("south", "tea", 3), Sale("north", "coffee", 7), Sale("north", "tea", 2), Sale("south", "cocoa", 4)]
per_region = defaultdict(Counter)
for s in sales:
    per_region[s.region][s.product] += s.units
print({r: dict(c) for r, c in per_region.items()})
print(per_region["north"].most_common(1), sum(per_region["south"].values()))
totals = OrderedDict(sorted(Counter({s.product: 0 for s in sales}).items()))
for s in sales:
    totals[s.product] += s.units
print(totals)
window = deque(maxlen=3)
trend = []
for units in [s.units for s in sales]:
    window.append(units)
    trend.append(round(sum(window) / len(window), 2))
print(trend)
print(Counter(s.region for s in sales), max(sales, key=lambda s: s.units))
