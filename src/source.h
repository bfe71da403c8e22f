/* source.h: a zone file opened safely and read line by line in bounded
 * memory.  UTF-16 files are converted to UTF-8; binary files, directories,
 * FIFOs and devices are refused with a reason. */
#ifndef ZL_SOURCE_H
#define ZL_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define ZL_MAX_LINE (1u << 20) /* longer lines are reported and skipped */

struct zl_list;

struct zl_source {
	int fd;              /* -1 once the whole text is in buf */
	char *buf;
	size_t cap, pos, len;
	size_t chunk;        /* bytes read at a time */
	size_t size;         /* of a regular file when opened, else 0 */
	size_t consumed;     /* bytes read from the file so far */
	bool eof;
	unsigned long line;  /* number of the line last returned */
	dev_t dev;
	ino_t ino;
	const char *encoding; /* "UTF-16LE" etc. when converted, else NULL */
	bool had_bom;
	/* A DNS Manager Export List (dnsmgr.h): each line is handed on as
	 * translated into zone text; else NULL. */
	struct zl_list *list;
};

/* A small regular file read whole ahead of time (the $INCLUDE scan of
 * src/inputs.c does it on every core), to be handed to the reader. */
struct zl_preload {
	char *data;
	size_t len;
	dev_t dev;
	ino_t ino;
};

/* Reads path whole when it is a regular file of at most max bytes;
 * else -1 (the reader then opens it as usual, and says what is wrong). */
int zl_preload_read(const char *path, size_t max, struct zl_preload *out);
void zl_preload_free(struct zl_preload *pre);

/* Opens path ("-" is standard input).  On failure returns -1 and writes
 * a reason such as "is a directory" to why. */
int zl_source_open(struct zl_source *src, const char *path, char *why,
    size_t whysize);

/* The next line without its end (LF; a CR before it is kept: the reader
 * treats CR as white space).  NULL at end of file.  *too_long is set when
 * the line was longer than ZL_MAX_LINE and was skipped (len is then 0). */
/* The same for a file read ahead; the source takes pre's data. */
int zl_source_open_preloaded(struct zl_source *src, struct zl_preload *pre,
    char *why, size_t whysize);

/* For a DNS Manager list, the translated row; src->list->err is not
 * empty when the row could not be read (the line is then empty). */
const char *zl_source_line(struct zl_source *src, size_t *len, bool *too_long);

void zl_source_close(struct zl_source *src);

#endif
