/* read_lex.h: physical lines to the tokens of logical records. */
#ifndef ZL_READ_LEX_H
#define ZL_READ_LEX_H

#include "read_state.h"

/* Adds line s[0..len) of f to the record in r->toks and r->text; true
 * when the record is complete (no parenthesis left open). */
bool zl_rd_lex_line(struct reader *r, struct file_state *f, const char *s,
    size_t len);
/* A new token at text offset off, and a character of it. */
void zl_rd_add_tok(struct reader *r, uint32_t off, uint32_t line, uint32_t col);
void zl_rd_add_char(struct reader *r, char c);

#endif
