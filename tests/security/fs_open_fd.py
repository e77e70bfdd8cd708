# expect: exception OSError
print(open(0).read())
