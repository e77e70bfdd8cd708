# expect: limit output
# limits: --output-bytes 100000
import sys
while True:
    try:
        sys.stderr.write("z" * 1000)
    except BaseException:
        pass
