# textwrap: TextWrapper options (indents, whitespace handling, tabs, drop_whitespace)
import textwrap
text = "  Hello\tthere,  world!\nThis is\ta  test   of\x0bthe\x0cwrapper.  Done "
for kw in [{}, {'initial_indent': '* ', 'subsequent_indent': '    '},
           {'expand_tabs': False}, {'replace_whitespace': False}, {'expand_tabs': False, 'replace_whitespace': False},
           {'drop_whitespace': False}, {'tabsize': 3}, {'tabsize': 0}, {'drop_whitespace': False, 'initial_indent': '>'}]:
    for width in (5, 8, 12, 20, 40, 100):
        print(kw, width, textwrap.wrap(text, width, **kw))
w = textwrap.TextWrapper(width=15, initial_indent='# ')
print(w.width, w.initial_indent, repr(w.subsequent_indent), w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings,
      w.break_long_words, w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))
print(w.fill("one two three four five six seven eight nine ten"))
w.width = 9
print(w.wrap("one two three four five six seven eight nine ten"))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap(" \n "), textwrap.fill(""), textwrap.wrap("   ", drop_whitespace=False))
print(textwrap.wrap("a\xa0b c\u2003d e", 3))
