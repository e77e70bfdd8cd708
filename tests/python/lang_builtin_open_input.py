try:
    open("somefile.txt")
except OSError as e:
    print(isinstance(e, OSError))
