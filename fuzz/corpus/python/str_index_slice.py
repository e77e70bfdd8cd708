s = "abcdefgh"
print(s[0], s[3], s[-1], s[-8])
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[6:1:-2])
print(s[100:], s[-100:2], s[3:3], repr(s[5:2]))
