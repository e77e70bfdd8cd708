# fnmatch: shell wildcards, case-sensitive matching on posix, filter, translate.
import fnmatch
cases = [('a.py', '*.py'), ('a.pyc', '*.py'), ('abc', 'a?c'), ('abc', '[ab]bc'), ('cbc', '[!ab]bc'),
         ('a]', 'a]'), ('x[', 'x['), ('aaa', 'a*a*a'), ('', '*'), ('', '?'), ('.hidden', '*'),
         ('a-b', 'a[+--]b'), ('a]b', 'a[]]b'), ('a!b', 'a[!]]b'), ('mississippi', '*sip*'),
         ('ABC', 'abc'), ('x/y', 'x*'), ('data_2024.csv', 'data_[0-9][0-9]*.csv'), ('z', '[a-c]')]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', '.d.py'], '*.py'))
print(fnmatch.translate('*.py'), fnmatch.translate('a?b'), fnmatch.translate('[!x]y'))
