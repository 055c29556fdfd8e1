from circ.y import Y
X = "x"
