/* serials.h: each zone's SOA serial as a baseline records it, so that a
 * rule can tell a serial that went backwards since (RFC 1982).
 *
 * A baseline holds them as lines that older readers skip as comments:
 *   # serial<TAB>FILE<TAB>ORIGIN<TAB>SERIAL
 * FILE as findings' keys name it, ORIGIN absolute, SERIAL 0-4294967295.
 * The baseline is untrusted: a line that is not exactly this is skipped,
 * and nothing of it is ever printed. */
#ifndef ZL_SERIALS_H
#define ZL_SERIALS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define ZL_SERIAL_PREFIX "# serial\t"

struct zl_serial {
	char *key;        /* FILE, a NUL, ORIGIN */
	size_t key_len;   /* both with the NUL between */
	uint32_t serial;
	size_t seq;       /* its place in the file: the first of equal keys wins */
};
struct zl_serials {
	struct zl_serial *v;
	size_t count, cap;
	bool sorted;
};

void zl_serials_add(struct zl_serials *s, const char *file,
    const char *origin, uint32_t serial);
/* Takes a baseline line (n bytes, no LF); false when it is no serial
 * line or a malformed one. */
bool zl_serials_parse(struct zl_serials *s, const char *line, size_t n);
/* Sorts, for zl_serials_find; the first of equal keys is kept. */
void zl_serials_sort(struct zl_serials *s);
bool zl_serials_find(const struct zl_serials *s, const char *file,
    const char *origin, uint32_t *serial);
/* Writes each as a baseline line; control bytes in FILE become spaces. */
void zl_serials_write(const struct zl_serials *s, FILE *fp);
void zl_serials_free(struct zl_serials *s);

#endif
