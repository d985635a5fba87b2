# Statistics over readings: mean/median/stdev by hand, moving average, outliers, histogram.
readings = [21.5, 22.0, 21.8, 35.2, 22.4, 22.1, 21.9, 5.0, 22.3, 22.6, 22.2, 21.7]
n = len(readings)
mean = sum(readings) / n
srt = sorted(readings)
median = (srt[n // 2 - 1] + srt[n // 2]) / 2 if n % 2 == 0 else srt[n // 2]
var = sum((r - mean) ** 2 for r in readings) / (n - 1)
stdev = var ** 0.5
print(f"n={n} mean={mean:.3f} median={median:.2f} stdev={stdev:.3f} min={min(readings)} max={max(readings)}")
outliers = [r for r in readings if abs(r - median) > 2 * 1.0]
print("outliers:", outliers)
clean = [r for r in readings if r not in outliers]
window = 3
moving = [round(sum(clean[i:i + window]) / window, 2) for i in range(len(clean) - window + 1)]
print("moving avg:", moving)
bins = {}
for r in clean:
    b = int(r * 2) / 2
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"{b:5.1f} | {'#' * bins[b]}")
print(round(mean, 6), median, round(stdev, 6), sorted(readings)[:3])
