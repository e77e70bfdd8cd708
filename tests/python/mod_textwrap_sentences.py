# textwrap: fix_sentence_endings
import textwrap
texts = ["Hello there. How are you? I am fine! Ok.", 'He said "stop." Then went. Mr. Smith e.g. this',
         "End.  Two spaces. A\tTab. Q? 'x.' y", "ABC. DEF. ghi. Jkl"]
for t in texts:
    for width in (10, 20, 60):
        print(textwrap.wrap(t, width, fix_sentence_endings=True))
print(textwrap.fill("First. Second.", 100, fix_sentence_endings=True))
