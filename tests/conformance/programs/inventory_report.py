# A small CSV-like report: parsing, grouping, aggregates, formatted table.
RAW = """sku,name,category,price,qty
A100,Widget,tools,2.50,10
A101,Gadget,tools,12.00,3
B200,Apple,food,0.40,120
B201,Bread,food,2.25,8
C300,Novel,books,9.99,0
C301,Atlas,books,24.50,2"""
header, *rows = [line.split(",") for line in RAW.splitlines()]
items = [dict(zip(header, r)) for r in rows]
for it in items:
    it["price"], it["qty"] = float(it["price"]), int(it["qty"])
    it["value"] = it["price"] * it["qty"]
by_cat = {}
for it in items:
    by_cat.setdefault(it["category"], []).append(it)
print(f"{'category':<10}{'items':>6}{'units':>7}{'value':>10}")
print("-" * 33)
for cat, its in sorted(by_cat.items()):
    print(f"{cat:<10}{len(its):>6}{sum(i['qty'] for i in its):>7}{sum(i['value'] for i in its):>10.2f}")
print("-" * 33)
print(f"{'total':<10}{len(items):>6}{sum(i['qty'] for i in items):>7}{sum(i['value'] for i in items):>10.2f}")
print("out of stock:", [i["name"] for i in items if i["qty"] == 0])
print("most valuable:", max(items, key=lambda i: i["value"])["sku"])
print("avg price: %.3f" % (sum(i["price"] for i in items) / len(items)))
