match (1, 2):
    case (a, b):
        print(a, b)
match {"k": [1, {"z": 2}]}:
    case {"k": [first, {"z": second}]}:
        print(first, second)
match 42:
    case x:
        print("captured", x)
match "str":
    case [*chars]:
        print("seq?")
    case _:
        print("str is not a sequence pattern")
