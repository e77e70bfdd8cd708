# os.path string functions (no file system access)
import os, os.path
from os.path import join, split, splitext, basename, dirname, normpath, isabs
print(os.name, os.sep, os.linesep == "\n", os.path is os.path)
print(join('a', 'b', 'c'), join('/a', '/b'), join('a/', 'b'), join('', 'x'))
print(split('/a/b/c.txt'), split('file'), split('/'), split('a//b'))
print(splitext('a.b/c'), splitext('x.tar.gz'), splitext('.bashrc'), splitext('name.'))
print(basename('/a/b/'), basename('/a/b'), dirname('/a/b'), dirname('a'), dirname('/'))
print(normpath('a//b/./c/..'), normpath('/../x'), normpath(''), normpath('../a/../..'), isabs('/x'), isabs('x'))
