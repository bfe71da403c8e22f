/* read_directive.h: $ORIGIN, $TTL, $INCLUDE and $GENERATE. */
#ifndef ZL_READ_DIRECTIVE_H
#define ZL_READ_DIRECTIVE_H

#include "read_state.h"

/* An $INCLUDE to follow: the reader (reader.c) reads path, then makes
 * saved_origin the origin again. */
struct zl_include_req {
	char *path;
	char *name;          /* as written, for messages */
	char *saved_origin;
	uint32_t line, col;  /* of the directive */
};

/* Handles the directive in r->toks; true with *inc filled (strings to
 * free) when it is an $INCLUDE to follow. */
bool zl_rd_directive(struct reader *r, struct file_state *f,
    struct zl_include_req *inc);

#endif
