# expect: exception FileNotFoundError
exec(open('canary.txt').read())
