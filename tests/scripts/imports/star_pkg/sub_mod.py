VALUE = "sub_mod"
