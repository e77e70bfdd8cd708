def add_item(x, bucket=[]):
    bucket.append(x)
    return bucket
print(add_item(1))
print(add_item(2))
print(add_item(3, []))
print(add_item(4))
