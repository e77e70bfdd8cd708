# expect: exception ModuleNotFoundError
# A file canary.txt sits next to the program; nothing may be imported from the host.
import canary
