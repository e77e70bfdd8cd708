s = "one\ntwo\r\nthree\rfour\n\nfive\x0bsix\x0cseven\u2028eight"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "x\n".splitlines(), "\n".splitlines(keepends=True))
