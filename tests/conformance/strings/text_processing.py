# Real-world text processing: word frequencies, title-casing, wrapping, acronyms.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, count in top:
    print(f"{word:<12}{count:>3} {'#' * count}")
print(len(words), len(freq))
def wrap(s, width):
    lines, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return lines + [line]
for line in wrap(text, 30):
    print(f"|{line:<30}|")
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print(" ".join(w.capitalize() for w in "the lord of the rings".split()))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
print(text.count("it was"), text.lower().count("it was"))
