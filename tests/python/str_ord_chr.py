print(ord("A"), ord("a"), ord("0"), ord("\n"))
print(chr(65), chr(97), chr(8364), repr(chr(10)))
s = ""
for i in range(5):
    s += chr(ord("a") + i)
print(s)
