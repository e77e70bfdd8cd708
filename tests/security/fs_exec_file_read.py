# expect: exception OSError
exec(open('canary.txt').read())
