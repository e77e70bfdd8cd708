print("ab" * 3, 3 * "x", "a" * 0, "a" * -1, "abc" < "abd", "Z" < "a", "é" > "z", "a" < "aa")
print(sorted(["banana", "Apple", "cherry", "apple"]), max("hello"), min("hello"))
