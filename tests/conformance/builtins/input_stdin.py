# conformance: stdin=input_stdin.txt
# input() reads lines from stdin, with and without a prompt; EOFError at the end.
name = input("Name? ")
age = int(input("Age? "))
print(f"Hello {name}, next year you will be {age + 1}")
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(lines)
print(sum(int(x) for line in lines for x in line.split() if x.isdigit()))
