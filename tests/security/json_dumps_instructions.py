# expect: limit instructions
# limits: --instructions 2000000 --memory-bytes 268435456
# json.dumps runs no bytecode, but every value it encodes is charged as one instruction, so a
# loop of dumps calls over a big structure is stopped by the instruction limit.
import json
row = [1] * 100
table = [row] * 100
while True:
    json.dumps(table, separators=(',', ':'))
