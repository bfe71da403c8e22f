/* examples.h: --explain RULE --examples DIR. */
#ifndef ZL_EXAMPLES_H
#define ZL_EXAMPLES_H

#include <stddef.h>

/* Writes the rule's bad and good examples under dir, which must not
 * exist or be empty: dir/bad/ and dir/good/ (the example's files),
 * dir/args-bad and dir/args-good (the arguments that lint each from
 * dir).  On failure returns -1 and writes a reason to why. */
int zl_examples_write(const char *dir, const char *id, char *why,
    size_t whysize);

/* --examples DIR once the options are read; rule is the last --explain
 * RULE, or NULL.  Says what went wrong on standard error and returns
 * exit status 2, else -1 (go on). */
int zl_examples_option(const char *dir, const char *rule);

#endif
