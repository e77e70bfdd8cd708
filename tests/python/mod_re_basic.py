# re: a backtracking engine in the sandbox (matching, groups, sub/split/findall, flags, errors)
import re
print(re.match(r'\d+', '123abc'), re.match(r'\d+', 'abc'), re.search(r'[a-z]+', '123abc456').group())
print(re.findall(r'\w+', 'hello world, foo_bar 42'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\d+)', 'a12b345'))
print(re.sub(r'\s+', ' ', 'a   b \t c'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@host you@there'), re.subn('a', 'b', 'aaa', count=2))
print(re.split(r'[,;]\s*', 'a, b;c,d'), re.split(r'(,)', 'a,b,c'), re.split(r'x*', 'axbc'), re.split(r'\s+', ' a b ', maxsplit=1))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe extra')
print(m.group(), m.group(1), m.group('last'), m.groups(), m.groupdict(), m.span(2), m.start(), m.end(), m['first'], m.lastindex, m.lastgroup)
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234'), re.fullmatch(r'\d{3}', '1234'), re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group())
print(re.findall(r'<.*?>', '<a><b></b>'), re.findall(r'<.*>', '<a><b>'), re.search(r'^b', 'a\nb', re.M).span(), re.search(r'^b', 'a\nb'))
print(re.findall(r'a.c', 'abc a\nc', re.S), re.findall(r'(?i)hello', 'Hello HELLO'), re.findall('HELLO', 'hello', re.IGNORECASE))
print(re.sub('x*', '-', 'abxd'), re.findall(r'\b\w', 'one two  three'), re.findall(r'\B\w', 'ab cd'))
print(re.search(r'(\w)\1', 'abccd').group(), re.search(r'(?<=\$)\d+', 'cost $45').group(), re.findall(r'\d+(?=%)', '5% 10 20%'), re.findall(r'(?<!a)b', 'ab cb b'))
print(re.findall(r'(?:ab)+', 'ababab abx'), re.findall(r'colou?r', 'color colour'), re.findall(r'[^aeiou\s]+', 'hello world'))
print(re.escape('a.b*c?'), re.compile(r'\d', re.I | re.M), re.compile('x'), re.compile('a').pattern, re.compile('(a)(b)').groups)
print([m.span() for m in re.finditer(r'\d+', 'a1b22c333')], re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').groups('x'), re.match('', 'abc'), re.findall('', 'ab'))
print(re.sub(r'(?P<w>\w+)', r'[\g<w>]', 'hi there'), re.sub('a', r'\n', 'bab'), re.match(r'(a*)*b', 'aaab').group(), re.match(r'(a|)*b', 'b').groups())
print(re.findall(r'[\d.]+', 'v1.2 and 3.45'), re.findall(r'[a-c-]', 'a-d'), re.findall(r'[]a]', ']a'), re.findall(r'\x41\u0042', 'AB'))
print(re.match(r'''(?x) \d+  # digits
   \s* [a-z]+ ''', '12 ab').group(), re.search('é+', 'café').group(), re.findall(r'\w+', 'naïve café'))
for bad in ['*a', 'a**', '(a', 'a)', '[a', r'\q', '(?P<n>a)(?P<n>b)', '(?<=a+)b', r'\1(a)', 'a{3,2}']:
    try:
        re.compile(bad)
        print('no error', bad)
    except re.error as e:
        print('error:', e, '|', e.msg, e.pos)
print(re.search('(a+)+$', 'a' * 8 + 'b'))
re.compile('(')
