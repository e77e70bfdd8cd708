# expect: exception OSError
open('out.txt', 'w').write('x')
