# Anagram groups, caesar cipher, run-length encoding, word ladder neighbours.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
enc = rle("aaabccddddde")
print(enc, unrle(enc), rle(""), rle("x"))
vocab = {"cold", "cord", "card", "ward", "warm", "word", "worm", "core"}
def neighbours(w):
    return sorted(v for v in vocab if len(v) == len(w) and sum(a != b for a, b in zip(v, w)) == 1)
print({w: neighbours(w) for w in ["cold", "word", "warm"]})
