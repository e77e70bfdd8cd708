class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status, self.reason = status, reason
    def __str__(self):
        return f"{self.status} {self.reason}"
try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print("caught:", e, e.args)
raise HttpError(500, "Server Error")
