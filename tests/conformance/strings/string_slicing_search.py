# String slicing for parsing: fixed-width fields, find-based extraction, splitting paths and URLs by hand.
record = "20240115ACME      0001250099USD"
date, name, amount, cur = record[:8], record[8:18].rstrip(), int(record[18:28]), record[28:]
print(date[:4], date[4:6], date[6:], repr(name), amount / 100, cur)
url = "https://example.com:8080/path/to/page?x=1&y=two#frag"
scheme, rest = url.split("://", 1)
host_port, _, path_query = rest.partition("/")
host, _, port = host_port.partition(":")
path, _, query_frag = path_query.partition("?")
query, _, frag = query_frag.partition("#")
params = dict(p.split("=", 1) for p in query.split("&"))
print(scheme, host, int(port), "/" + path, params, frag)
path = "/home/user/docs/report.final.pdf"
directory, _, filename = path.rpartition("/")
stem, _, ext = filename.rpartition(".")
print(directory, filename, stem, ext, path.count("/"), path[path.rfind("/") + 1:])
text = "key1=value1; key2 = value 2 ;key3="
pairs = [p.strip() for p in text.split(";")]
print({k.strip(): v.strip() for k, _, v in (p.partition("=") for p in pairs)})
s = "abcdefghij"
print(s[2:8:2], s[-1:-4:-1], s[::3], s[5:2], s[5:2:-1], s[-100:100], s[len(s):])
