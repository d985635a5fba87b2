# Comments, line continuation, semicolons, indentation styles, unicode identifiers.
x = 1  # trailing comment
# full line comment
y = 2; z = 3; print(x, y, z)
total = x + \
    y + \
    z
print(total)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
def f(): return "one-line def"
print(f())
π = 3.14159
名字 = "中文标识符"
café = "accent"
print(π, 名字, café)
def deep():
        if True:
                  return "odd indentation still works"
print(deep())
data = {
    "a": [1,
          2],   # comment inside brackets
    "b": (3,
    4),
}
print(data)
class C: pass
print(C.__name__)
print(len("中文字符"), "中文字符"[1], "中文字符"[::-1])
