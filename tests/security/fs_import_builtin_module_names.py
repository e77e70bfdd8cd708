# expect: output contained
found = []
for m in ("os", "sys", "io", "posix", "ctypes", "subprocess", "socket", "importlib", "builtins", "gc", "marshal", "pickle", "inspect", "types", "_thread", "threading", "signal", "mmap", "select", "resource", "pty", "fcntl", "tempfile", "shutil", "glob", "pathlib", "urllib", "http", "zipimport", "runpy"):
    try:
        exec("import " + m)
        found.append(m)
    except ImportError:
        pass
print("contained" if not found else found)
