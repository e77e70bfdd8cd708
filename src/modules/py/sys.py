# sys: what a sandboxed program may know about its interpreter. stdout/stderr write through the
# run's output (and its limit); the recursion limit is the host's (setrecursionlimit only checks
# its argument); sys.modules is the run's module cache.

modules = _modules()
del _modules

maxsize = 9223372036854775807
maxunicode = 1114111
byteorder = 'little'
platform = 'moat'
implementation_name = 'moat'
version = '3.11.0 (moat)'
hexversion = 0x030b00f0
api_version = 1013
argv = ['']
orig_argv = []
path = []
meta_path = []
builtin_module_names = ('builtins', 'sys')
executable = ''
prefix = ''
dont_write_bytecode = True
flags = None


class _VersionInfo(tuple):
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ('sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)' % tuple(self))


version_info = _VersionInfo((3, 11, 0, 'final', 0))


class _Stream:
    def __init__(self, fd, name):
        self._fd = fd
        self.name = name
        self.encoding = 'utf-8'
        self.errors = 'strict'

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        return _write(self._fd, s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        return self._fd

    def __repr__(self):
        return "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % self.name


class _Stdin:
    name = '<stdin>'

    def read(self, size=-1):
        return ''

    def readline(self, size=-1):
        return ''

    def readlines(self):
        return []

    def __iter__(self):
        return iter(())

    def isatty(self):
        return False


stdout = __stdout__ = _Stream(1, '<stdout>')
stderr = __stderr__ = _Stream(2, '<stderr>')
stdin = __stdin__ = _Stdin()


def exit(status=None, /):
    # As CPython's PyErr_SetObject: None means no arguments, a tuple is the argument list.
    if status is None:
        raise SystemExit
    if isinstance(status, tuple):
        raise SystemExit(*status)
    raise SystemExit(status)


def setrecursionlimit(limit, /):
    if not isinstance(limit, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(limit).__name__)
    if limit < 1:
        raise ValueError("recursion limit must be greater or equal than 1")


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def intern(string, /):
    if type(string) is not str:
        raise TypeError("intern() argument must be str, not %s" % type(string).__name__)
    return string


def getsizeof(obj, default=None):
    raise TypeError("sys.getsizeof() is not available in Moat")


def exc_info():
    return (None, None, None)


class _HashInfo(tuple):
    width = property(lambda self: self[0])
    modulus = property(lambda self: self[1])
    inf = property(lambda self: self[2])
    nan = property(lambda self: self[3])
    imag = property(lambda self: self[4])
    algorithm = property(lambda self: self[5])
    hash_bits = property(lambda self: self[6])
    seed_bits = property(lambda self: self[7])
    cutoff = property(lambda self: self[8])


hash_info = _HashInfo((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))


class _FloatInfo(tuple):
    max = property(lambda self: self[0])
    max_exp = property(lambda self: self[1])
    max_10_exp = property(lambda self: self[2])
    min = property(lambda self: self[3])
    min_exp = property(lambda self: self[4])
    min_10_exp = property(lambda self: self[5])
    dig = property(lambda self: self[6])
    mant_dig = property(lambda self: self[7])
    epsilon = property(lambda self: self[8])
    radix = property(lambda self: self[9])
    rounds = property(lambda self: self[10])


float_info = _FloatInfo((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                         2.220446049250313e-16, 2, 1))


class _IntInfo(tuple):
    bits_per_digit = property(lambda self: self[0])
    sizeof_digit = property(lambda self: self[1])
    default_max_str_digits = property(lambda self: self[2])
    str_digits_check_threshold = property(lambda self: self[3])

    def __repr__(self):
        return ('sys.int_info(bits_per_digit=%r, sizeof_digit=%r, default_max_str_digits=%r, '
                'str_digits_check_threshold=%r)' % tuple(self))


int_info = _IntInfo((30, 4, 4300, 640))

# Read by int<->str conversions (src/objects/int.c); 0 means no limit.
_int_max_str_digits = 4300


def get_int_max_str_digits():
    """Return the maximum string digits limit for non-binary int<->str conversions."""
    return _int_max_str_digits


def set_int_max_str_digits(maxdigits):
    """Set the maximum string digits limit for non-binary int<->str conversions."""
    global _int_max_str_digits
    if not isinstance(maxdigits, int):
        raise TypeError(f"'{type(maxdigits).__name__}' object cannot be interpreted as an integer")
    if maxdigits > 2147483647 or maxdigits < -2147483648:
        raise OverflowError("Python int too large to convert to C int")
    if maxdigits != 0 and maxdigits < 640:
        raise ValueError("maxdigits must be 0 or larger than 640")
    _int_max_str_digits = int(maxdigits)
