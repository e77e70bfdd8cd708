for s in ["abc", "it's", 'say "hi"', "both ' and \"", "tab\tnl\n", "\x00\x7f\x80", "é☃𝄞", "\u200b", "\\", "\ud800"]:
    print(repr(s), ascii(s))
print(repr(["a'b", 'c"d']))
