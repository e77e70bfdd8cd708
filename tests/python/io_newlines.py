# fs: tmpdir
# Universal newlines on read; newline='' keeps them; newline='\r\n' translates on write.
with open('mixed.txt', 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
print(repr(open('mixed.txt').read()))
print(open('mixed.txt').readlines())
print(open('mixed.txt', newline='').readlines())
print(open('mixed.txt', newline='\n').readlines())
print(open('mixed.txt', newline='\r').readlines())
print(list(open('mixed.txt', newline='\r\n')))
with open('crlf.txt', 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open('crlf.txt', 'rb').read())
with open('plain.txt', 'w', newline='') as f:
    f.write('p\r\nq\n')
print(open('plain.txt', 'rb').read())
