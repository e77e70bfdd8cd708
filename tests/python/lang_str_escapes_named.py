print("\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}", "\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{EM DASH}")
print(len("\N{SNOWMAN}"), "\N{snowman}" == "\u2603")
