print("Hello from Moat!")
