s = "hello"
t = 'world'
print(s, t)
print(s + " " + t)
print(s * 3, 2 * "ab", "x" * 0, "y" * -2)
print(len(s), len(""), len("a b c"))
print("tab\there", "new\nline", 'quote\'s', "back\\slash")
print("""triple
quoted""")
print("con" "cat")
