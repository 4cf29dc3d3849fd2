// What Swift cannot import from ncursesw by itself: the wide-character API (hidden behind
// these two macros), the attribute and KEY_F macros, and C globals that Swift 6 rejects.
#ifndef STREETDESK_CNCURSESW_SHIM_H
#define STREETDESK_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }

static inline int shim_key_f(int n) { return KEY_F(n); }

// The mouse: left clicks and the wheel (buttons 4 and 5), built from macros Swift cannot import.
static inline mmask_t shim_mouse_mask(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int shim_key_mouse(void) { return KEY_MOUSE; }
// The next mouse event: 0 a click, 1 wheel up, 2 wheel down, -1 anything else; ERR when none.
static inline int shim_mouse_event(int *x, int *y, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    *kind = (event.bstate & BUTTON4_PRESSED) ? 1 : (event.bstate & BUTTON5_PRESSED) ? 2
          : (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) ? 0 : -1;
    return OK;
}

// Fills `cell` with up to CCHARW_MAX - 1 wide characters (a spacing one, then combining
// ones); `count` excludes the terminating zero, which this adds.
static inline int shim_setcchar(cchar_t *cell, const wchar_t *chars, int count, attr_t attrs, int pair) {
    wchar_t buffer[CCHARW_MAX];
    int n = count < CCHARW_MAX - 1 ? count : CCHARW_MAX - 1;
    for (int i = 0; i < n; i++) buffer[i] = chars[i];
    buffer[n] = 0;
    return setcchar(cell, buffer, attrs, (NCURSES_PAIRS_T)pair, NULL);
}

#endif
