#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
int cn_dummy(void);
