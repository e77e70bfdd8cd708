print(abs(-3), abs(3), abs(-2.5), abs(-(10 ** 20)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(max([1, 5, 3]), max(1, 5, 3), min("b", "a"))
print(max([], default="empty"), min((4, 2, 8)))
