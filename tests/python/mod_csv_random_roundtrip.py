# gc-stress: every 13
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# csv differential test over seeded random data (random.seed gives CPython's numbers): random
# dialects read random text split into lines in random ways (every outcome, including errors, is
# printed and compared with CPython), and random rows written and read back must round-trip.
import csv
import io
import random

rng = random.Random(20261130)
ALPHABET = ['a', 'b', ',', ';', '"', "'", '\\', ' ', '\r', '\n', '\t', '1', '2.5', '\x00', '|']


def random_kw():
    kw = {}
    if rng.random() < 0.5:
        kw['delimiter'] = rng.choice([',', ';', '\t', ' ', '|', '"', '\\', "'"])
    if rng.random() < 0.4:
        kw['quotechar'] = rng.choice(['"', "'", '|', None, ','])
    if rng.random() < 0.5:
        kw['escapechar'] = rng.choice(['\\', None, '"', ','])
    if rng.random() < 0.4:
        kw['doublequote'] = rng.random() < 0.5
    if rng.random() < 0.4:
        kw['skipinitialspace'] = rng.random() < 0.5
    if rng.random() < 0.3:
        kw['strict'] = rng.random() < 0.5
    if rng.random() < 0.4:
        kw['quoting'] = rng.randrange(4)
    if rng.random() < 0.3:
        kw['lineterminator'] = rng.choice(['\n', '\r', 'x', '\r\n', ';;', ''])
    return kw


def read_all(lines, kw):
    try:
        r = csv.reader(iter(lines), **kw)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    out = []
    while True:
        try:
            row = next(r)
        except StopIteration:
            return out
        except Exception as e:
            out.append('%s: %s @%d' % (type(e).__name__, e, r.line_num))
            continue
        out.append((row, r.line_num))


for case in range(400):
    kw = random_kw()
    text = ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(30)))
    if rng.random() < 0.5:
        lines = text.splitlines(True)
    else:
        lines = []
        i = 0
        while i < len(text):
            j = i + rng.randrange(1, 8)
            lines.append(text[i:j])
            i = j
    limit = rng.choice([131072, 131072, 3, 0])
    old = csv.field_size_limit(limit)
    print(case, repr(lines), kw, limit, read_all(lines, kw))
    csv.field_size_limit(old)

# write then read back: with doublequote or an escapechar, QUOTE_MINIMAL/ALL round-trip strings
FIELD_CHARS = 'ab ,;"\'\\\r\n\t|x'
bad = 0
for case in range(300):
    delimiter = rng.choice([',', ';', '\t', '|'])
    quotechar = rng.choice(['"', "'"])
    escapechar = rng.choice([None, '\\'])
    quoting = rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
    doublequote = escapechar is None or rng.random() < 0.5
    kw = dict(delimiter=delimiter, quotechar=quotechar, escapechar=escapechar,
              quoting=quoting, doublequote=doublequote)
    rows = []
    for _ in range(rng.randrange(1, 5)):
        ncols = rng.randrange(1, 5)
        rows.append([''.join(rng.choice(FIELD_CHARS) for _ in range(rng.randrange(6)))
                     for _ in range(ncols)])
    s = io.StringIO()
    w = csv.writer(s, **kw)
    w.writerows(rows)
    text = s.getvalue()
    # the lines a file opened with newline='' yields
    back = list(csv.reader(text.splitlines(True), **kw))
    if back != rows:
        bad += 1
        print('mismatch', repr(text), rows, back)
    if case % 10 == 0:
        print(case, kw, repr(text), back == rows)
print('round-trip failures:', bad)
