s = "héllo wörld 日本語"
print(len(s), s[1], s[-1], s[12:])
print(ord("é"), chr(26085), "日" in s)
print(len("😀"), "😀"[0] == "😀")
