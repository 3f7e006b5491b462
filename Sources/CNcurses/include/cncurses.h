#ifndef CNCURSES_H
#define CNCURSES_H

/* Wide-character ncurses (cchar_t, get_wch, setcchar) must be asked for before the include. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <wchar.h>

/* Globals and macros Swift 6 cannot read or import, as functions. */
WINDOW *cn_stdscr(void);
int cn_lines(void);
int cn_cols(void);
int cn_colors(void);
int cn_color_pairs(void);

attr_t cn_A_NORMAL(void);
attr_t cn_A_BOLD(void);
attr_t cn_A_DIM(void);
attr_t cn_A_REVERSE(void);
attr_t cn_A_UNDERLINE(void);
attr_t cn_A_ITALIC(void);

mmask_t cn_BUTTON1_PRESSED(void);
mmask_t cn_BUTTON1_RELEASED(void);
mmask_t cn_BUTTON1_CLICKED(void);
mmask_t cn_BUTTON1_DOUBLE_CLICKED(void);
mmask_t cn_BUTTON4_PRESSED(void);
mmask_t cn_BUTTON5_PRESSED(void);
mmask_t cn_ALL_MOUSE_EVENTS(void);
mmask_t cn_REPORT_MOUSE_POSITION(void);

/* newterm(type, stdout, stdin): NULL for an unknown terminal type instead of exiting. */
SCREEN *cn_newterm(const char *type);

/* Draws one grapheme (up to 8 scalars) at row, col with attributes and an extended colour pair. */
int cn_put(int row, int col, const wchar_t *chars, int count, attr_t attrs, int pair);

/* Signals: SIGINT, SIGTERM and SIGHUP set a flag the event loop reads (it then restores the terminal
   and exits); fatal signals restore the terminal and hand over to the previous handler. */
void cn_unblock_terminal_signals(void);
/* Turns off XON/XOFF flow control so that Ctrl-S and Ctrl-Q reach the program (Ctrl-S saves a note).
   endwin() restores the shell's own settings. */
void cn_disable_flow_control(void);
void cn_install_signal_handlers(void);
int cn_pending_signal(void);
void cn_install_crash_restore(void);

/* Whether the process's standard input and output are terminals. */
int cn_stdin_is_tty(void);
int cn_stdout_is_tty(void);

#endif
