class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), max(t))
def read(lines):
    for l in lines: yield l.strip()
def nonblank(ls):
    return (l for l in ls if l)
def parse(ls):
    for l in ls:
        k, _, v = l.partition("=")
        yield k, int(v)
print(dict(parse(nonblank(read([" a=1 ", "", "b=2\n", "  "])))))
import itertools
print(list(itertools.islice((x * x for x in itertools.count()), 5)))
