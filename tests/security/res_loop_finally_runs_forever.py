# expect: limit instructions
# limits: --instructions 1000000
# finally blocks do not run once a host limit fired.
try:
    while True:
        pass
finally:
    while True:
        print("finally ran")
