#ifndef CLIBEDIT_H
#define CLIBEDIT_H

#include <histedit.h>

/// Opens an editor on the process's standard streams (Swift cannot name stdin/stdout/stderr).
EditLine *book_el_open(const char *program);
/// Sets the prompt function.
void book_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *));
/// Binds a key sequence to a named editor function (like `bind` in .editrc).
int book_el_bind(EditLine *el, const char *key, const char *function);
/// Sets the editing mode: "emacs" or "vi".
int book_el_set_editor(EditLine *el, const char *mode);
/// Turns libedit's own signal handling (resize, suspend) on or off.
int book_el_set_signal(EditLine *el, int on);
/// Adds a named user function and binds it to a key.
int book_el_add_function(EditLine *el, const char *name, const char *help,
                         unsigned char (*fn)(EditLine *, int), const char *key);
/// Attaches a history to the editor.
int book_el_set_history(EditLine *el, History *h);

/// Sets the client data libedit hands back to callbacks (el_get EL_CLIENTDATA).
int book_el_set_client_data(EditLine *el, void *data);
/// The client data set with book_el_set_client_data.
void *book_el_client_data(EditLine *el);
/// Reads ~/.editrc (or $EDITRC) into the editor.
int book_el_source_editrc(EditLine *el);
/// Installs a SIGINT handler without SA_RESTART that sets *flag, so el_gets returns on Ctrl-C.
int book_install_interrupt_handler(volatile int *flag);
/// Makes libedit read through a function that ends el_gets on Ctrl-C (with the handler above).
int book_el_use_interruptible_getc(EditLine *el);
/// Saves the terminal's settings and, on SIGTERM, SIGHUP or SIGQUIT, puts them back before
/// the signal's default action ends the process.
int book_install_termination_handlers(void);
/// Sets LC_CTYPE from the environment (UTF-8 input needs it before el_init).
void book_set_locale(void);
/// The terminal's rows and columns (0 when unknown).
void book_terminal_size(int *rows, int *columns);

/// Creates a history of the given size with consecutive duplicates dropped.
History *book_history_open(int size);
/// Adds a line to the history.
int book_history_enter(History *h, const char *line);
/// Saves the history to a file.
int book_history_save(History *h, const char *path);
/// Loads the history from a file.
int book_history_load(History *h, const char *path);
/// Number of entries in the history.
int book_history_count(History *h);

#endif
