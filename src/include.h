/* include.h: the one $INCLUDE resolver, for the reader and the folder
 * walk alike, so the two never disagree on which file is meant. */
#ifndef ZL_INCLUDE_H
#define ZL_INCLUDE_H

#include <stddef.h>

/* The file name of an $INCLUDE token as written: quotes taken off,
 * escapes read (include\050 is "include(", as BIND and Knot read it).
 * A new string. */
char *zl_include_name(const char *tok, size_t len);
/* name relative to the including file's folder, else to the working
 * directory (where BIND looks); a new string.  Where it may be opened is
 * for the confined open to say. */
char *zl_include_path(const char *includer, const char *name);

#endif
