# Building aligned text tables with f-strings: computed widths, numeric alignment, separators, totals.
rows = [("Widget", 4, 3.5), ("Gadget extra long", 10, 12.25), ("Nut", 1000, 0.05), ("Bolt", 250, 0.1)]
headers = ("Item", "Qty", "Unit", "Total")
w0 = max(len(headers[0]), *(len(r[0]) for r in rows))
line = f"+{'-' * (w0 + 2)}+{'-' * 7}+{'-' * 8}+{'-' * 10}+"
print(line)
print(f"| {headers[0]:<{w0}} | {headers[1]:>5} | {headers[2]:>6} | {headers[3]:>8} |")
print(line.replace("-", "="))
for name, qty, unit in rows:
    print(f"| {name:<{w0}} | {qty:>5,} | {unit:>6.2f} | {qty * unit:>8,.2f} |")
print(line)
total = sum(q * u for _, q, u in rows)
print(f"| {'TOTAL':>{w0}} | {'':>5} | {'':>6} | {total:>8,.2f} |")
print(line)
print(f"{'centered':^{w0 + 10}}|", f"{'x':-^9}", f"{3.14159:+.3f}", f"{-42:=+8}", f"{42:08.2f}")
