# textwrap: invalid widths raise ValueError
import textwrap
for width in (0, -1):
    try:
        textwrap.wrap("hello world", width)
    except ValueError as e:
        print('ValueError', e)
print(textwrap.wrap("x", 1))
try:
    textwrap.wrap("", 0)
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=0)
try:
    w.fill("abc")
except ValueError as e:
    print('ValueError', e)
print(textwrap.wrap("abcdef", 3, initial_indent='>>>>'))
