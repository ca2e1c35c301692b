def test_fill():
    pass
