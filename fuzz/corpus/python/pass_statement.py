def nothing():
    pass
if True:
    pass
for i in range(2):
    pass
while False:
    pass
print(nothing(), i)
