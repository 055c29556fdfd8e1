import sys
print("exiting")
sys.exit("fatal: bad configuration")
