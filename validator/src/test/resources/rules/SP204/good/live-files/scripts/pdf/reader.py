def read():
    pass
