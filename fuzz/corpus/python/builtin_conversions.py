print(int("12") + int(3.7), float("2.5") * 2, str(3) + "3", bool("False"))
print(list((1, 2)), tuple([3, 4]), list({"a": 1, "b": 2}), dict([(1, 2), (3, 4)]))
print(list(range(3)), tuple(range(2)), list("xyz"))
