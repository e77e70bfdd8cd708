# textwrap: dedent() and indent() with and without a predicate
import textwrap
for s in ["    a\n    b\n", "  a\n    b\n  c", "\ta\n\tb", "\ta\n    b\n", "  \t a\n  \t b\n", "    a\n\n      b\n   \n    c",
          "no indent\n  x", "   \n  x\n", "", "  only", "  a\r\n  b\r\n", " \t\n\t a\n\t  b", "   x\n  \n"]:
    print(repr(textwrap.dedent(s)))
for s in ["a\nb\n", "a\n\n  \nb", "one\r\ntwo\rthree\x0bfour", "", "\n", "x"]:
    print(repr(textwrap.indent(s, "+ ")), repr(textwrap.indent(s, "> ", lambda line: True)),
          repr(textwrap.indent(s, "# ", lambda line: line.startswith('a'))))
