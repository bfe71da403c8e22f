/* sniff.h: whether a file found in a folder holds a zone, by its first
 * bytes, when its name does not say so (example.net, a Windows export
 * without .dns, a dig transcript). */
#ifndef ZL_SNIFF_H
#define ZL_SNIFF_H

#include <stdbool.h>
#include <stddef.h>

#define ZL_SNIFF_BYTES 8192 /* how much of a file is looked at */

/* True when the first ZL_SNIFF_BYTES of path (opened confined) hold an
 * SOA record, a Windows export header or a dig AXFR header; else false
 * with the reason in why. */
bool zl_sniff_zone(const char *path, char *why, size_t whysize);
/* The same test on bytes already read (n of them): for tests. */
bool zl_sniff_text(const char *s, size_t n, char *why, size_t whysize);

#endif
