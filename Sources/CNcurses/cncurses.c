#include "cncurses.h"

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

WINDOW *cn_stdscr(void) { return stdscr; }
int cn_lines(void) { return LINES; }
int cn_cols(void) { return COLS; }
int cn_colors(void) { return COLORS; }
int cn_color_pairs(void) { return COLOR_PAIRS; }

attr_t cn_A_NORMAL(void) { return A_NORMAL; }
attr_t cn_A_BOLD(void) { return A_BOLD; }
attr_t cn_A_DIM(void) { return A_DIM; }
attr_t cn_A_REVERSE(void) { return A_REVERSE; }
attr_t cn_A_UNDERLINE(void) { return A_UNDERLINE; }
attr_t cn_A_ITALIC(void) { return A_ITALIC; }

mmask_t cn_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
mmask_t cn_BUTTON1_RELEASED(void) { return BUTTON1_RELEASED; }
mmask_t cn_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
mmask_t cn_BUTTON1_DOUBLE_CLICKED(void) { return BUTTON1_DOUBLE_CLICKED; }
mmask_t cn_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
mmask_t cn_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
mmask_t cn_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
mmask_t cn_REPORT_MOUSE_POSITION(void) { return REPORT_MOUSE_POSITION; }

SCREEN *cn_newterm(const char *type) { return newterm(type, stdout, stdin); }

int cn_put(int row, int col, const wchar_t *chars, int count, attr_t attrs, int pair) {
  wchar_t buffer[CCHARW_MAX + 1];
  int n = count < CCHARW_MAX ? count : CCHARW_MAX;
  memcpy(buffer, chars, (size_t)n * sizeof(wchar_t));
  buffer[n] = 0;
  cchar_t cell;
  if (setcchar(&cell, buffer, attrs, (short)0, &pair) != OK) return ERR;
  return mvwadd_wch(stdscr, row, col, &cell);
}

static volatile sig_atomic_t pending_signal = 0;

static void on_terminal_signal(int sig) { pending_signal = sig; }

void cn_unblock_terminal_signals(void) {
  sigset_t set;
  sigemptyset(&set);
  int signals[] = {SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGQUIT};
  for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) sigaddset(&set, signals[i]);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
}

void cn_install_signal_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_handler = on_terminal_signal;
  sigemptyset(&action.sa_mask);
  /* No SA_RESTART: a blocking read returns so the loop sees the flag at once. */
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
}

int cn_pending_signal(void) { return pending_signal; }

static struct sigaction previous_fatal[32];
static const int fatal_signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};

static void on_fatal_signal(int sig) {
  endwin();
  /* Hand the signal to whoever handled it before (Swift's backtracer), on a clean terminal. */
  sigaction(sig, &previous_fatal[sig], NULL);
  if (sig == SIGABRT) raise(sig);
}

void cn_install_crash_restore(void) {
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_handler = on_fatal_signal;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++) {
    int sig = fatal_signals[i];
    sigaction(sig, &action, &previous_fatal[sig]);
  }
}

int cn_stdin_is_tty(void) { return isatty(STDIN_FILENO); }
int cn_stdout_is_tty(void) { return isatty(STDOUT_FILENO); }

void cn_disable_flow_control(void) {
  struct termios settings;
  if (tcgetattr(STDIN_FILENO, &settings) != 0) return;
  settings.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  tcsetattr(STDIN_FILENO, TCSANOW, &settings);
  def_prog_mode();
}
