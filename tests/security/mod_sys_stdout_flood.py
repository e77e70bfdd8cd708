# expect: limit output
# limits: --output-bytes 100000
import sys
while True:
    sys.stdout.write("z" * 1000)
