# textwrap: max_lines with placeholder, and shorten()
import textwrap
text = "The quick brown fox jumps over the lazy dog and keeps on running far away."
for width in (10, 12, 15, 20, 30):
    for n in (1, 2, 3, 10):
        print(width, n, textwrap.wrap(text, width, max_lines=n), textwrap.wrap(text, width, max_lines=n, placeholder='...'))
print(textwrap.wrap("a b c d e f g h", 3, max_lines=2, placeholder='~'))
print(textwrap.wrap("aaaaaaaaaa bbbbbbbbbb", 10, max_lines=1, placeholder=' [..]'))
print(textwrap.wrap("hello   ", 5, max_lines=1))
print(textwrap.wrap("hello world   ", 5, max_lines=2))
print(textwrap.fill(text, 20, max_lines=2, initial_indent='  '))
for width in (8, 11, 15, 25, 80):
    print(width, repr(textwrap.shorten("Hello  world!  This   is a\tlong\ntext", width)))
print(textwrap.shorten("Hello world!", width=11, placeholder="..."))
print(textwrap.shorten("  ", 10), textwrap.shorten("Hello world", 12, break_long_words=False))
try:
    textwrap.wrap("hello world", 5, max_lines=1, placeholder=' [.....]')
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print('ValueError', e)
