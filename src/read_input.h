/* read_input.h: what the reader (reader.h) is given to read a zone. */
#ifndef ZL_READ_INPUT_H
#define ZL_READ_INPUT_H

#include <stdbool.h>
#include <stdint.h>

struct zl_batch;
struct zl_budget;
struct zl_pool;
struct zl_preload;

struct zl_read_in {
	const char *path;          /* as named */
	bool from_stdin;           /* the top file is standard input, path its name */
	uint32_t file;             /* its id (zl_file_intern) */
	const char *origin;        /* the apex given (--origin), absolute, or NULL */
	struct zl_preload *preload; /* the file's text read ahead, or NULL: taken */
	struct zl_batch *batches;  /* two, kept from zone to zone */
	/* Threads to parse records on, asked for when a batch fills; NULL,
	 * or returning NULL: parse here. */
	struct zl_pool *(*pool)(void *arg);
	void *pool_arg;
	struct zl_budget *budget;  /* the run's $GENERATE and $INCLUDE budget */
	bool defer_generated;      /* count $GENERATE records in out, take none */
	unsigned long max_records; /* stop, out->full, past this many; 0: no cap */
};

#endif
