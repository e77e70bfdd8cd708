print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(4)))
print("☃".join(["x", "y"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
