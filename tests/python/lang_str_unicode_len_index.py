s = "héllo wörld ☃ 𝄞!"
print(len(s), s[1], s[12], s[14], s[-1], s[-3])
print(s[1:5], s[::-1], s[::3])
print([c for c in "añ☃𝄞"])
print(list(map(ord, "é☃𝄞")))
print("𝄞" * 3, len("𝄞" * 3))
print(s.find("☃"), s.index("𝄞"), "ö" in s)
