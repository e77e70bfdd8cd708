# expect: limit time
# limits: --time-ms 300 --instructions 100000000000
while True:
    pass
