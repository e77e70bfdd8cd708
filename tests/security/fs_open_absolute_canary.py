# expect: exception FileNotFoundError
# There is no file system: every path fails the same way, whatever it names.
import_path = '/tmp/../tmp/canary.txt'
open(import_path).read()
