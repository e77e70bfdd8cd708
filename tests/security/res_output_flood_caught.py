# expect: limit output
# limits: --output-bytes 100000
while True:
    try:
        print("y" * 1000)
    except BaseException:
        pass
