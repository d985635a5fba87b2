# Student grades: dicts of lists, averages, letter grades, report sorted by average.
students = {
    "Alice": [88, 92, 79, 93],
    "Bob": [72, 65, 80, 70],
    "Chen": [95, 98, 100, 91],
    "Dana": [60, 55, 70, 58],
}
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
report = []
for name, scores in students.items():
    avg = sum(scores) / len(scores)
    report.append((name, avg, letter(avg), max(scores), min(scores)))
print(f"{'Name':<8}{'Avg':>7}{'Grade':>7}{'Best':>6}{'Worst':>7}")
for name, avg, grade, best, worst in sorted(report, key=lambda r: r[1], reverse=True):
    print(f"{name:<8}{avg:>7.2f}{grade:>7}{best:>6}{worst:>7}")
class_avg = sum(r[1] for r in report) / len(report)
print(f"class average: {class_avg:.1f}")
print("above average:", [r[0] for r in report if r[1] > class_avg])
print("grade counts:", {g: sum(1 for r in report if r[2] == g) for g in "ABCDF"})
