#include "cncurses.h"
int cn_dummy(void) { return 1; }
