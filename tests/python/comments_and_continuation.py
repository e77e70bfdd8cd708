# a comment line
x = 1 + \
    2  # trailing comment
y = (1 +
     2 +
     3)
z = [1,
     2,
     ]
print(x, y, z); print("semicolons"); w = 4
print(w)

if x:  # comment after colon

    print("blank lines inside block")
