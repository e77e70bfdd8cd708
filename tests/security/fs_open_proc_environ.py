# expect: exception FileNotFoundError
# There is no file system: every path fails the same way, whatever it names.
print(open('/proc/self/environ').read())
