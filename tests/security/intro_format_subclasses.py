# expect: output contained
try:
    "{0.__class__.__base__.__subclasses__}".format(())
except AttributeError:
    pass
print("contained")
