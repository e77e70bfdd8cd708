# A misspelled builtin: the NameError's last line suggests the builtin.
total = 0
for i in range(3):
    total += i
prnt(total)
