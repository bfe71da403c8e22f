/* safewrite.h: a file the command line names, written without trusting
 * the folder it is in (safewrite.c). */
#ifndef ZL_SAFEWRITE_H
#define ZL_SAFEWRITE_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

/* Says whether the file (dev, ino) is one of the run's inputs. */
typedef bool zl_safewrite_is_input(dev_t dev, ino_t ino, void *arg);
/* Writes the file's content to fp. */
typedef void zl_safewrite_fill(FILE *fp, void *arg);

/* Writes fill's content as the file name (one component, no '/') in
 * the folder dirfd: refused when name is a symbolic link, not a regular
 * file, or a file is_input (may be NULL) says is an input; else written
 * to a new file beside it, then renamed over it.  -1 (with "cannot
 * write WHAT DISPLAY: why" on stderr) on failure, with the old file as
 * it was and no temporary file left. */
int zl_safe_write_at(int dirfd, const char *name, const char *display,
    const char *what, zl_safewrite_fill *fill, void *fillarg,
    zl_safewrite_is_input *is_input, void *arg);
/* The same for a path: its folder is opened confined (confine.h). */
int zl_safe_write(const char *path, const char *what, zl_safewrite_fill *fill,
    void *fillarg, zl_safewrite_is_input *is_input, void *arg);

#endif
