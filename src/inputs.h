/* inputs.h: command-line paths to the list of zones to read. */
#ifndef ZL_INPUTS_H
#define ZL_INPUTS_H

#include "zonelint.h"

struct zl_input {
	char *path;
	enum zl_view view;
	char *server;       /* internal DNS server it was exported from
	                     * (--internal NAME=PATH), or NULL: unnamed */
	char *origin;       /* --origin given before it, or NULL */
	bool from_dir;      /* found by walking a directory */
	struct zl_preload *preload; /* read by the $INCLUDE scan, or NULL */
	bool from_stdin;    /* "-" read under the name path (--stdin-filename):
	                     * path is never opened */
};

struct zl_inputs {
	struct zl_input *v;
	size_t count, cap;
	int verbose;  /* say what a folder walk passes over, and why */
	bool failed;  /* a folder could not be read in full */
};

/* Adds path: a file, "-", or a folder read recursively (zone-named
 * regular files only; links are not followed; at most 32 levels deep).
 * view is the view given by --internal/--external, or NONE to take it
 * from the path.  Returns -1 (with a message on stderr) when path cannot
 * be used, a folder in it could not be read, or a folder holds no zone. */
int zl_inputs_add(struct zl_inputs *in, const char *path, enum zl_view view,
    const char *server, const char *origin);
struct zl_pool;
/* Drops folder-found files that another input pulls in by $INCLUDE
 * (as the reader resolves it): they are read through the include only,
 * and every dropped file is reached from one that is kept.  Scans with
 * pool's threads when pool is not NULL. */
void zl_inputs_drop_included(struct zl_inputs *in, struct zl_pool *pool);
void zl_inputs_free(struct zl_inputs *in);

/* The view a path names by a component "internal" or "external". */
enum zl_view zl_view_from_path(const char *path);

/* An internal DNS server's name as --internal NAME=PATH and .zonelint's
 * internal.NAME take it: 1 to 32 letters, digits, '-', '_' or '.', so
 * that it can be shown anywhere unescaped and never looks like a path. */
#define ZL_SERVER_NAME_MAX 32
bool zl_server_name_ok(const char *name, size_t len);
/* Splits --internal's argument: "NAME=PATH" when the text before the
 * first '=' has no '/' (write ./a=b for a file so named), else PATH
 * alone.  Fills name ("" for none) and returns the path, or NULL when
 * the NAME is not a valid server name. */
const char *zl_server_split(const char *arg,
    char name[ZL_SERVER_NAME_MAX + 1]);

#endif
