s = "filename.py"
print(s.startswith("file"), s.startswith("name"), s.endswith(".py"), s.endswith(".txt"))
print(s.startswith(("a", "f")), s.endswith(("c", "y")))
print(s.startswith("name", 4), "".startswith(""))
