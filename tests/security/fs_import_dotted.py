# expect: exception ModuleNotFoundError
import os.path
