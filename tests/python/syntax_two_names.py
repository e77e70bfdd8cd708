print("never printed")
a b
