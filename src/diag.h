/* diag.h: findings, collected then sorted and rendered. */
#ifndef ZL_DIAG_H
#define ZL_DIAG_H

#include <stdarg.h>
#include <stdio.h>

#include "zonelint.h"

struct zl_diag {
	struct zl_loc loc;
	uint32_t zone_file;     /* the zone's top file (loc may be an include) */
	uint32_t end_line;
	uint16_t rule;          /* index in the registry */
	uint8_t severity;       /* enum zl_severity */
	enum zl_view view;
	char *message;          /* "summary: detail" */
	char *fix;              /* NULL, or a fix-it text */
	char *zone;             /* origin of the zone, or NULL */
	char *owner;            /* owner of the record, or NULL */
	char *type;             /* its type, or NULL */
	char *record;           /* the record as ldns prints it, or NULL */
	struct zl_fix_step *steps; /* structured fix-its, strings owned */
	size_t nsteps;
};

struct zl_diags {
	struct zl_diag *v;
	size_t count, cap;
};

size_t zl_diags_add(struct zl_diags *d, const struct zl_diag *diag);
void zl_diags_sort(struct zl_diags *d);
int zl_diags_max_severity(const struct zl_diags *d); /* -1 when none */
void zl_diags_free(struct zl_diags *d);
void zl_diag_free(struct zl_diag *d);

char *zl_vasprintf(const char *fmt, va_list ap);
char *zl_asprintf(const char *fmt, ...) ZL_PRINTF(1, 2);
void *zl_xmalloc(size_t n);
void *zl_xcalloc(size_t n, size_t size);
void *zl_xrealloc(void *p, size_t n);
char *zl_xstrdup(const char *s);

const char *zl_severity_name(enum zl_severity s);
int zl_severity_parse(const char *s); /* -1 when unknown */

/* Interned file names: ids are stable for the run. */
uint32_t zl_file_intern(const char *path);
void zl_files_free(void);

#endif
