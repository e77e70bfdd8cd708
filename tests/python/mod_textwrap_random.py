# textwrap: wrap/fill of pseudo-random texts (words, hyphenated and long words, tabs, runs of spaces,
# sentence endings) at many widths and option combinations, a deterministic sample of the
# differential test that compares Moat's textwrap with CPython's
import textwrap

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

pieces = ['a', 'to', 'the', 'word', 'hello', 'x-ray', 'well-known', 'mother-in-law', 'a-b', 'ab-cd-ef',
          'supercalifragilistic', 'aaaaaaaaaaaaaaaaaaaa', 'end.', 'Mr.', 'why?', 'yes!', '"quote."', 'this--that',
          '--', '---', '-x', 'y-', '12-34', 'e.g.', 'über-straße', '_a-b_', 'x_y-z', 'a--b-c', "it's", 'foo-bar-']
seps = [' ', ' ', ' ', ' ', '  ', '\t', '\n', ' \t ', '   ', '-', '']
def text():
    n = rnd(14) + 1
    out = []
    for i in range(n):
        if rnd(5) == 0:
            out.append(''.join(chr(97 + rnd(26)) for _ in range(rnd(12) + 1)))
        else:
            out.append(pieces[rnd(len(pieces))])
        out.append(seps[rnd(len(seps))])
    s = ''.join(out)
    if rnd(4) == 0:
        s = seps[rnd(len(seps))] + s
    return s

options = [{}, {'break_on_hyphens': False}, {'break_long_words': False}, {'drop_whitespace': False},
           {'fix_sentence_endings': True}, {'initial_indent': '> ', 'subsequent_indent': '..'},
           {'expand_tabs': False}, {'replace_whitespace': False, 'expand_tabs': False}, {'tabsize': 4},
           {'max_lines': 2}, {'max_lines': 3, 'placeholder': '...'}, {'break_long_words': False, 'break_on_hyphens': False}]
for i in range(160):
    t = text()
    opts = options[rnd(len(options))]
    for width in (1 + rnd(4), 5 + rnd(5), 10 + rnd(10), 20 + rnd(30)):
        try:
            r = textwrap.wrap(t, width, **opts)
        except ValueError as e:
            r = 'ValueError: %s' % e
        print(i, width, r)
