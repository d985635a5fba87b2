# Scaling a recipe: dict comprehension with rounding, unit conversion and formatted output.
recipe = {"flour": (500, "g"), "milk": (0.3, "l"), "eggs": (2, "pcs"), "sugar": (75, "g"), "salt": (0.5, "tsp")}
def scale(rec, factor):
    out = {}
    for item, (qty, unit) in rec.items():
        q = qty * factor
        if unit == "pcs":
            q = max(1, round(q))
        elif unit == "g" and q >= 1000:
            q, unit = q / 1000, "kg"
        out[item] = (round(q, 2), unit)
    return out
for servings in (2, 4, 9):
    scaled = scale(recipe, servings / 4)
    print(f"{servings} servings: " + ", ".join(f"{item} {q:g} {u}" for item, (q, u) in scaled.items()))
print(scale(recipe, 10)["flour"], scale(recipe, 0.1)["eggs"])
