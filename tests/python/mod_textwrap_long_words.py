# textwrap: words longer than the width (break_long_words on and off)
import textwrap
samples = ["supercalifragilisticexpialidocious word", "a verylongwordindeed b", "xxxxxxxxxxxxxxxxxxxxxxxxx",
           "long-hyphenated-compound-word-here and more", "short ----------- dashes", "aa-bb-cc-dd-ee-ff-gg-hh"]
for s in samples:
    for width in (1, 3, 4, 6, 9, 13):
        print(width, textwrap.wrap(s, width), textwrap.wrap(s, width, break_long_words=False),
              textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False),
              textwrap.wrap(s, width, initial_indent='>>', subsequent_indent='.'))
