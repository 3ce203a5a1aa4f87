#include "CLibEdit.h"
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

EditLine *book_el_open(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

void book_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
  el_set(el, EL_PROMPT, prompt);
}

int book_el_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}

int book_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

int book_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}

int book_el_add_function(EditLine *el, const char *name, const char *help,
                         unsigned char (*fn)(EditLine *, int), const char *key) {
  if (el_set(el, EL_ADDFN, name, help, fn) != 0) return -1;
  return el_set(el, EL_BIND, key, name, NULL);
}

int book_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

History *book_history_open(int size) {
  HistEvent ev;
  History *h = history_init();
  if (h == NULL) return NULL;
  history(h, &ev, H_SETSIZE, size);
  history(h, &ev, H_SETUNIQUE, 1);
  return h;
}

int book_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

int book_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

int book_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}

int book_history_count(History *h) {
  HistEvent ev;
  if (history(h, &ev, H_GETSIZE) != 0) return -1;
  return ev.num;
}

int book_el_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

void *book_el_client_data(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

int book_el_source_editrc(EditLine *el) {
  return el_source(el, NULL);
}

static volatile int *interrupt_flag = NULL;

static void on_interrupt(int signal) {
  (void)signal;
  if (interrupt_flag != NULL) *interrupt_flag = 1;
}

/* Reads one character for libedit. A read interrupted by Ctrl-C ends el_gets (it returns
   NULL); one interrupted by another signal (a resize) is retried. */
static int book_getc(EditLine *el, wchar_t *c) {
  char bytes[MB_LEN_MAX];
  size_t count = 0;
  mbstate_t state;
  memset(&state, 0, sizeof state);
  for (;;) {
    ssize_t got = read(STDIN_FILENO, bytes + count, 1);
    if (got == -1) {
      if (errno == EINTR) {
        if (interrupt_flag != NULL && *interrupt_flag) return -1;
        /* Resumed after Ctrl-Z, or resized: draw the prompt and the line again. */
        el_set(el, EL_REFRESH);
        continue;
      }
      return -1;
    }
    if (got == 0) return 0;
    count += 1;
    memset(&state, 0, sizeof state);
    size_t made = mbrtowc(c, bytes, count, &state);
    if (made == (size_t)-2 && count < sizeof bytes) continue;
    if (made == (size_t)-1 || made == (size_t)-2) *c = (unsigned char)bytes[0];
    return 1;
  }
}

int book_el_use_interruptible_getc(EditLine *el) {
  return el_set(el, EL_GETCFN, book_getc);
}

int book_install_interrupt_handler(volatile int *flag) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  interrupt_flag = flag;
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; /* no SA_RESTART: a blocked read returns EINTR */
  if (sigaction(SIGINT, &action, NULL) != 0) return -1;
  /* A parent may have left SIGINT blocked; the shell needs it. */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

void book_set_locale(void) {
  setlocale(LC_CTYPE, "");
}

void book_terminal_size(int *rows, int *columns) {
  struct winsize size;
  *rows = 0;
  *columns = 0;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
    *rows = size.ws_row;
    *columns = size.ws_col;
  }
}

static struct termios saved_terminal;
static volatile int saved_terminal_valid = 0;

static void on_termination(int signal) {
  if (saved_terminal_valid) tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_terminal);
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(signal, &action, NULL);
  raise(signal);
}

int book_install_termination_handlers(void) {
  if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_terminal) == 0) {
    saved_terminal_valid = 1;
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_termination;
  sigemptyset(&action.sa_mask);
  int signals[] = {SIGTERM, SIGHUP, SIGQUIT};
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    if (sigaction(signals[i], &action, NULL) != 0) return -1;
  }
  return 0;
}
