/* generate.h: BIND's $GENERATE templates. */
#ifndef ZL_GENERATE_H
#define ZL_GENERATE_H

#include <stddef.h>
#include <stdint.h>

#ifndef ZL_GENERATE_MAX /* the fuzzer sets a smaller one: each input must run fast */
#define ZL_GENERATE_MAX 1048576 /* records one $GENERATE may make */
#endif

/* Parses "start-stop[/step]"; NULL on success, else the reason. */
const char *zl_generate_range(const char *s, size_t len, uint32_t *start,
    uint32_t *stop, uint32_t *step);

/* Expands template (len bytes) for iterator value it into out: "$" is
 * the value, "${offset[,width[,base]]}" modifies it (base d, o, x, X, n,
 * N), "\$" is a dollar sign.  Returns the length, or -1 with *err set. */
long zl_generate_expand(const char *tmpl, size_t len, uint32_t it, char *out,
    size_t outsize, const char **err);

#endif
