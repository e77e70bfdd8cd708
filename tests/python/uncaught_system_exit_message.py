# SystemExit with a message prints just the message on stderr and exits with status 1.
def check(n):
    if n < 0:
        raise SystemExit("negative input: " + str(n))
    return n
print(check(2))
check(-5)
