a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted(["b", "c", "a"]), sorted((3, 1, 2), reverse=True))
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=len))
print(words)
