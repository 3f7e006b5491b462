speaker:Microsoft kind:direct
