print(ascii("héllo☃𝄞"), ascii(["é"]), ascii(1), repr("é"), ascii("\n"))
