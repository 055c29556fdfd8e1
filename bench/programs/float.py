# Float arithmetic: midpoint-rule integration of 4 / (1 + x^2) over [0, 1] (= pi).
def integrate(n):
    h = 1.0 / n
    total = 0.0
    i = 0
    while i < n:
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
        i += 1
    return total * h


print(f"{integrate(6000000):.10f}")
