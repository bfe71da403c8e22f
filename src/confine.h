/*
 * confine.h: the one way zonelint opens a file or folder it reads.
 *
 * The repository under lint is untrusted: a zone, a .zonelint, a
 * baseline or an $INCLUDE may name or link to any path.  Every open goes
 * through zl_open_confined(), which resolves the path beneath the lint
 * root (or a folder given with --allow-outside) and never follows a
 * symbolic link out of it: openat2() with RESOLVE_BENEATH where the
 * kernel has it, else a component-by-component walk with O_NOFOLLOW.
 * The opened descriptor is then checked again (its real path).
 *
 * The lint root is the top of the git repository holding the working
 * directory (the folder with .git), else the working directory; never
 * "/" (run from "/", it is the first named input's repository or
 * folder).  A path the person running zonelint named on the command
 * line (zl_confine_name) may lie outside every root and is then opened
 * as named, but a symbolic link as its last component is refused.
 */
#ifndef ZL_CONFINE_H
#define ZL_CONFINE_H

#include <stdbool.h>
#include <stddef.h>

/* Sets the roots: the lint root found from the working directory (or,
 * when that is "/", from first_input), then each folder of allow[].
 * Returns -1 with a reason in why when a folder cannot be used. */
int zl_confine_init(const char *first_input, const char *const *allow,
    size_t nallow, char *why, size_t whysize);
void zl_confine_free(void);

/* The lint root's real path ("" before zl_confine_init). */
const char *zl_confine_root(void);

/* path was typed on the command line (a zone, folder, --config or
 * --baseline): it is read as named even outside the roots.  A named
 * folder outside the roots becomes a root for what is found in it. */
void zl_confine_name(const char *path);

enum {
	ZL_OPEN_DIR = 1,   /* a folder (O_DIRECTORY), else a file */
};

/* Opens path read-only (O_NONBLOCK, O_NOCTTY, O_CLOEXEC) beneath a
 * root; "-" is standard input.  On failure returns -1 and writes a
 * reason to why that names no content of the file ("outside the lint
 * root /repo: --allow-outside DIR permits it", "a symbolic link leaves
 * the lint root", ...). */
int zl_open_confined(const char *path, int flags, char *why, size_t whysize);

/* Opens the folder that would hold path (for writing a file there);
 * *name is set to path's last component.  Same rules and reasons. */
int zl_open_parent_confined(const char *path, const char **name, char *why,
    size_t whysize);

/* Whether the opened fd's real path lies under a root (true without
 * /proc to ask, where the resolution alone stands). */
bool zl_confine_fd_inside(int fd);

/* For tests: resolve without openat2, by the walk, as on older kernels
 * (and under valgrind, which does not know it). */
void zl_confine_without_openat2(bool yes);

#endif
