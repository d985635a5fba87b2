# Real-world math: polygon area, distances, angles, rounding of computed results.
import math
def polygon_area(pts):
    n = len(pts)
    return abs(sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))) / 2
square = [(0, 0), (4, 0), (4, 4), (0, 4)]
hexagon = [(math.cos(k * math.pi / 3), math.sin(k * math.pi / 3)) for k in range(6)]
print(polygon_area(square), round(polygon_area(hexagon), 10), round(3 * math.sqrt(3) / 2, 10))
def circle(r):
    return {"area": round(math.pi * r * r, 4), "circumference": round(2 * math.pi * r, 4)}
print(circle(1), circle(2.5))
def angle_deg(a, b):
    return round(math.degrees(math.atan2(b[1] - a[1], b[0] - a[0])), 6)
print([angle_deg((0, 0), p) for p in [(1, 0), (1, 1), (0, 1), (-1, 0), (0, -1)]])
pts = [(1, 2), (4, 6), (-3, 0), (5, 5)]
print(max(pts, key=lambda p: math.hypot(*p)), sorted(pts, key=lambda p: math.dist(p, (0, 0))))
def compound(principal, rate, years):
    return round(principal * (1 + rate) ** years, 2)
print([compound(1000, 0.05, y) for y in (1, 5, 10, 30)])
print(math.ceil(17 / 5), -(-17 // 5), math.floor(math.log10(98765)) + 1)
