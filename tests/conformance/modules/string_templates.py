# string.Template in a small report generator, with identifiers, braces, escapes and errors.
from string import Template
tpl = Template("Dear ${name},\nyour order #$order ships on $day. Total: $$$total.\n$signature")
orders = [{"name": "Ada", "order": 17, "day": "Monday", "total": "12.50", "signature": "-- shop"},
          {"name": "Bob", "order": 18, "day": "Friday", "total": "3.00"}]
for o in orders:
    print(tpl.safe_substitute(o))
    print("---")
try:
    tpl.substitute(orders[1])
except KeyError as e:
    print("KeyError:", e)
try:
    Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("${a}b $a-c").substitute(a="X"), Template("$$a").substitute(a=1), tpl.template.count("$"))
