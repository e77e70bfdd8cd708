# expect: limit time
# limits: --time-ms 300 --instructions 0
# Decoding a long document over and over with no instruction budget: the C scanner reads the clock
# every 4096 values, so the time limit stops it.
import json
doc = '[' + '1,' * 200000 + '1]'
while True:
    json.loads(doc)
