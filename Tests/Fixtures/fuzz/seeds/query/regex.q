!(kind:partial or has:code) /(a+)+$/ tag:x/y/
