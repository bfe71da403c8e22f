/* pagefile.h: the files make docs hands to a rule's page
 * (--example-output, --peer-table), read like every input. */
#ifndef ZL_PAGEFILE_H
#define ZL_PAGEFILE_H

#include <stddef.h>

#define ZL_PAGE_FILE_MAX 65536 /* bytes of one such file */

/* path's bytes, NUL-terminated, read through the confined open (never
 * outside the lint root, never through a symbolic link), a regular file
 * of at most ZL_PAGE_FILE_MAX bytes; NULL with *why set otherwise. */
char *zl_page_file_read(const char *path, size_t *len, char *why,
    size_t whysize);

#endif
