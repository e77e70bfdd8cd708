# expect: limit time
# limits: --time-ms 1000 --instructions 100000000 --memory-bytes 1000000000
# One long C operation still stops at the wall-time limit.
x = 3
for i in range(64):
    x *= x
