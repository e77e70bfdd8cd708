def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
for x in []:
    pass
else:
    print("empty loop else")
