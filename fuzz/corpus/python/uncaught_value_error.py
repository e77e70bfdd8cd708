def parse(text):
    return int(text)
def parse_all(items):
    out = []
    for t in items:
        out.append(parse(t))
        print(out)
    return out
parse_all(["1", "22", "three", "4"])
