def merge():
    pass
