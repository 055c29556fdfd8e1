class A:
    def f(self):
        nonlocal q
