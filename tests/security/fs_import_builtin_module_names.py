# expect: output contained
found = []
# Modules that only exist to reach the real machine (a sandboxed os/sys/time is fine, see mod_*).
for m in ("posix", "nt", "ctypes", "_ctypes", "subprocess", "_posixsubprocess", "socket", "_socket", "_thread", "signal", "mmap", "select", "resource", "pty", "fcntl", "marshal", "_imp", "zipimport", "runpy", "multiprocessing", "urllib.request", "http.client", "ssl"):
    try:
        exec("import " + m)
        found.append(m)
    except ImportError:
        pass
print("contained" if not found else found)
