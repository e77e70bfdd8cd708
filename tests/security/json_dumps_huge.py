# expect: limit memory
# limits: --memory-bytes 67108864
# A small structure that shares its rows encodes to about 2 GB of text: the output buffer grows
# through the accounted allocator, so the memory limit stops the C encoder.
import json
row = [123456789] * 1000
table = [row] * 1000
json.dumps([table] * 200)
