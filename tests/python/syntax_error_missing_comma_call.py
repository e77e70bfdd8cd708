# Two expressions side by side in a call suggest a missing comma.
print("a" "b")
print(1 2)
