BETA = "beta"
