# expect: exception ValueError
# There is no file system: every path fails the same way, whatever it names.
print(open('canary.txt\x00.png').read())
