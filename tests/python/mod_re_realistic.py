# re in typical programs: logs, emails, key=value parsing, case conversion
import re
# realistic uses
log = """2024-01-05 ERROR disk full
2024-01-06 INFO ok
2024-02-01 ERROR cpu hot"""
for m in re.finditer(r'^(\d{4})-(\d{2})-(\d{2}) (ERROR|INFO) (.*)$', log, re.M):
    print(m.groups())
emails = "contact: a.b@x.com, bad@, c_d@y.org"
print(re.findall(r'[\w.]+@[\w]+\.\w+', emails))
print(re.sub(r'(\d+)', lambda m: f'<{m.group(1)}>', 'a1b22'), re.sub(r'^\s+|\s+$', '', '  trim me  '))
pat = re.compile(r'(?P<key>\w+)=(?P<val>[^;]*)')
print({m['key']: m['val'] for m in pat.finditer('a=1;b=two;c=')})
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\d', 'a1b2c3', 2))
print(re.match(r'[A-Z][a-z]*', 'Hello').group(0), bool(re.match('x', 'y')), re.search(r'\d', 'abc') is None)
print(re.sub(r'(?i)cat', 'dog', 'Cat cat CAT'), re.findall(r'\d+\.?\d*', '3.14 42 7.'), re.compile(r'\s').sub('_', 'a b\tc'))
print(re.fullmatch(r'[a-z]+(?:_[a-z]+)*', 'snake_case_name') is not None, re.match(r'(\d+)-(\d+)', '10-20').expand(r'\2:\1'))
words = 'the quick brown fox jumps over the lazy dog'.split()
print([w for w in words if re.match(r'^[^aeiou]*[aeiou][^aeiou]*$', w)])
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseString').lower(), re.findall(r'\$\d+(?:\.\d\d)?', 'costs $5 or $7.50'))
