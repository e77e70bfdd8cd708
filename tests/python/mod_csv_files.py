# fs: tmpdir
# csv with the sandbox's files: writing with open(..., 'w', newline=''), reading back with
# newline='' (quoted newlines survive), and what newline=None reading does to '\r' in a field.
import csv

rows = [['id', 'text', 'value'], [1, 'plain', 2.5], [2, 'with, comma', None],
        [3, 'with "quotes"', -1], [4, 'multi\r\nline', 0], [5, 'cr\ronly', 1e-7],
        [6, '\u00e9t\u00e9 \u20ac', True]]
with open('data.csv', 'w', newline='') as f:
    w = csv.writer(f)
    for row in rows[:3]:
        print(w.writerow(row))
    w.writerows(rows[3:])
with open('data.csv', 'rb') as f:
    print(f.read())
with open('data.csv', newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open('data.csv') as f:
    print(list(csv.reader(f)))

with open('people.tsv', 'w', newline='') as f:
    w = csv.DictWriter(f, ['name', 'age'], dialect='excel-tab')
    w.writeheader()
    w.writerow({'name': 'Ann', 'age': 31})
    w.writerow({'name': 'Bob\tJr', 'age': 7})
with open('people.tsv', newline='') as f:
    for rec in csv.DictReader(f, dialect='excel-tab'):
        print(rec)

with open('unix.csv', 'w', newline='') as f:
    csv.writer(f, 'unix').writerows([['a', 'b'], [1, None]])
with open('unix.csv', newline='') as f:
    print(repr(f.read()))
try:
    with open('data.csv', 'rb') as f:
        list(csv.reader(f))
except csv.Error as e:
    print(type(e).__name__, e)
