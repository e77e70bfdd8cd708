# textwrap: breaking on hyphens and em-dashes (break_on_hyphens on and off)
import textwrap
samples = ["a-b-c-d-e well-known", "self-contained mother-in-law x-ray e-mail",
           "this--that and--so-on --dash-- ---", "ab-cd abc-d a-bcd 12-34 ab-12 a_b-cd-ef",
           "pre-- --post wo--rd hyphen-ated-- re-re-re-entry", "-a -ab- a--b a---b ab---",
           "Hello-World! foo.-bar foo,--bar \"q\"--x", "über-groß naïve-café x-y-z-w"]
for s in samples:
    for width in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15):
        print(width, textwrap.wrap(s, width), textwrap.wrap(s, width, break_on_hyphens=False))
