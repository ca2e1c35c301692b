def split():
    pass
