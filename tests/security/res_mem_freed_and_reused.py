# expect: output done
# limits: --memory-bytes 16000000
# cpython: same
for i in range(50):
    x = [0] * 500000
    del x
print("done")
