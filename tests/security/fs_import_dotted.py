# expect: exception ModuleNotFoundError
import ctypes.util
