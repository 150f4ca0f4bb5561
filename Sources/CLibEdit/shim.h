// libedit's readline-compatible interface (Debian: libedit-dev). Only NoaberLineEditor imports this module.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

// libedit's settings are C globals; these accessors keep every write to them in one place (and out of Swift's
// global-variable checks: the console uses one editor, on one thread).
// Words for completion end at white space, the quote, and `=` (so the value in `item=waarde` completes alone).
static inline void noaber_editline_configure(rl_completion_func_t *complete) {
    rl_readline_name = "noaber";
    rl_basic_word_break_characters = " \t\n\"=";
    rl_attempted_completion_function = complete;
}

static inline void noaber_editline_completion_done(int append_character) {
    rl_attempted_completion_over = 1;
    rl_completion_append_character = append_character;
}

static inline const char *noaber_editline_line(void) { return rl_line_buffer; }

static inline int noaber_editline_cursor(void) { return rl_point; }
