"Azure data" or /surveil+ance/i -has:note
