print("héllo wörld".upper(), "ÀÉÎ".lower())
print("ß".upper(), "ǅ".lower(), "ǆ".title())
print("straße".upper(), "İ".lower() == "i̇")
