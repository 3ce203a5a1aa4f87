#include "CLibEdit.h"
#include <stdio.h>

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
