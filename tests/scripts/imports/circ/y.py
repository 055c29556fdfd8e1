from circ.x import X
Y = "y"
