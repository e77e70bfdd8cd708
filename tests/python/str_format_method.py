print("{} and {}".format("a", "b"))
print("{1}{0}".format("x", "y"), "{name}!".format(name="hi"))
print("{:>6.2f}|{:<4}|{:^5}".format(3.14159, "ab", "c"))
print("%s is %d years, %.1f%%" % ("ann", 30, 99.5))
