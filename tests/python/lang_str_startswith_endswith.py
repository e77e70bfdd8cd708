s = "filename.tar.gz"
print(s.startswith("file"), s.startswith(("x", "fi")), s.endswith(".gz"), s.endswith((".zip", ".tar")))
print(s.startswith("name", 4), s.endswith("tar", 0, 12), "".startswith(""))
try:
    s.startswith(["a"])
except TypeError as e:
    print(e)
