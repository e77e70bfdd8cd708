# textwrap (CPython source, running on the sandbox re engine)
import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, width=30, initial_indent='> ', subsequent_indent='  '))
print(textwrap.dedent("""
    hello
      world
    """))
print(textwrap.indent("a\nb\n", "+ "), textwrap.shorten("Hello  world, this is long", width=15))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("a-b-c-d-e well-known", 6))
