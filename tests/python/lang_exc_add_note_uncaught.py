e = TypeError("with note")
e.add_note("extra context")
raise e
