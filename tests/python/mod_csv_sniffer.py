# gc-stress: every 13
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# csv.Sniffer: sniff() on clear samples (delimiters, quote characters, skipinitialspace,
# doubled quotes, the delimiters argument, failures) and has_header(), then a differential run
# over seeded random files written by csv.writer with random dialects.
import csv
import io
import random

SAMPLES = [
    'a,b,c\n1,2,3\n4,5,6\n', 'name;age;city\nAnn;31;Oslo\nBob;7;Rome\n', 'x\ty\tz\n1\t2\t3\n',
    'id|name\n1|"a|b"\n2|c\n', '"a","b","c"\n"1","2","3"\n', "'a', 'b', 'c'\n'1', '2', '3'\n",
    'a, b, c\n1, 2, 3\n', 'name,comment\nann,"hello, world"\nbob,"say ""hi"""\n',
    'single\nrow\n', '', 'a:b:c\n1:2:3\n', 'a b c\n1 2 3\n', '1,2;3\n4,5;6\n', 'a,b\r\n1,2\r\n',
    '"x";"y"\n"1";"2"\n', 'one,two\n"three, four",five\n', 'a b "c"\nd e "f"\n', 'x\t"hi"\n',
    'a;"x""y";b\n', 'a; "x""y"; b\n', '"a"|"b"\n"c"|"d"\n', "a|'b'\nc|'d'\n",
    'a|b.c.d\ne|f.g.h\n', 'a,b c d\ne,f g h\n', 'a|b!c\nd|e!f\n', 'a,b\n1,2,3\n4,5,6\n',
]
HEADERS = [
    'a,b\n', 'a,b\n1,2\n', 'a,b\nx,yy\n', 'a,b\nxx,yy\nzz,ww\n', 'ab,cd\nxx,y\n', '1,2\n3,4\n',
    'h1,h2\n1.5,x\n2,y\n', 'h,k\n1j,2\n2j,3\n', 'name,age\nann,31\nbob,7\n', '10,20\n30,40\n50,x\n',
    'a,1\nb,2\nc,3\n', 'x,y\n' + '1,2\n' * 30 + 'a,b\n', 'a;b\n1;2\n', 'col\n1\n2\n',
]


def sniffed(sample, delimiters=None):
    try:
        d = csv.Sniffer().sniff(sample, delimiters)
    except csv.Error as e:
        return 'Error: %s' % e
    return (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.lineterminator,
            d.quoting, d.escapechar, d._name, d.__name__, issubclass(d, csv.Dialect))


def header(sample):
    try:
        return csv.Sniffer().has_header(sample)
    except csv.Error as e:
        return 'Error: %s' % e


for sample in SAMPLES:
    print(repr(sample), sniffed(sample), sniffed(sample, ';'), header(sample))
for sample in HEADERS:
    print(repr(sample), header(sample))
print(csv.Sniffer().preferred)
d = csv.Sniffer().sniff('name,comment\nann,"hello, world"\n')
print(list(csv.reader(['x,"y, z"'], d)), d().delimiter)

rng = random.Random(1130)
WORDS = ['alpha', 'beta', 'x', 'hello world', 'a,b', 'say "hi"', "it's", '12', '3.5', '-7', 'id',
         'name', '1e3', 'N/A', '']
for case in range(150):
    delim = rng.choice([',', '\t', ';', '|', ':', ' '])
    quotechar = rng.choice(['"', "'"])
    quoting = rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])
    ncol = rng.randrange(2, 6)
    head = [rng.choice(['id', 'name', 'value', 'city', 'when', 'n']) + str(i) for i in range(ncol)]
    kinds = [rng.choice(['int', 'float', 'word']) for _ in range(ncol)]
    rows = [head] if rng.random() < 0.7 else []
    for _ in range(rng.randrange(2, 15)):
        row = []
        for kind in kinds:
            if kind == 'int':
                row.append(rng.randrange(-100, 1000))
            elif kind == 'float':
                row.append(round(rng.random() * 100, 2))
            else:
                row.append(rng.choice(WORDS))
        rows.append(row)
    out = io.StringIO()
    csv.writer(out, delimiter=delim, quotechar=quotechar, quoting=quoting,
               lineterminator=rng.choice(['\n', '\r\n'])).writerows(rows)
    text = out.getvalue()
    if rng.random() < 0.3 and delim != ' ':
        text = text.replace(delim, delim + ' ')
    print(case, sniffed(text)[:4], header(text))
