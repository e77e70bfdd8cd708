s = "hello world"
print("wor" in s, "xyz" in s, "" in s, "o w" in s, "H" not in s)
