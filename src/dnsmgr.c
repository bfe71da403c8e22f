/* dnsmgr.c: a DNS Manager Export List's header and rows; see dnsmgr.h.
 * The Data, Type, Name and Timestamp columns are translated by
 * dnsmgr_data.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "dnsmgr.h"
#include "dnsmgr_data.h"

/* Splits s into at most max fields at sep, each without its CSV quotes
 * ("a ""b"", c" is a "b", c) into l->scratch, one separator between
 * two (so that neighbours can be joined again); the number of fields,
 * or max + 1 when there are more. */
static size_t
split(struct zl_list *l, const char *s, size_t n, struct zl_list_field *f,
    size_t max)
{
	if (l->scratch_cap < n + 1) {
		l->scratch_cap = n + 1;
		l->scratch = zl_xrealloc(l->scratch, l->scratch_cap);
	}
	char *o = l->scratch;
	size_t nf = 0, i = 0;
	for (;;) { /* each byte once: bounded by n */
		if (nf == max)
			return max + 1;
		bool quoted = l->sep == ',' && i < n && s[i] == '"';
		if (quoted)
			i++;
		f[nf] = (struct zl_list_field){o, 0, (uint32_t)i + 1};
		while (i < n) {
			if (quoted && s[i] == '"') {
				if (i + 1 < n && s[i + 1] == '"') {
					*o++ = '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				continue;
			}
			if (!quoted && s[i] == l->sep)
				break;
			*o++ = s[i++];
		}
		f[nf].n = (size_t)(o - f[nf].p);
		nf++;
		if (i >= n)
			return nf;
		*o++ = s[i++]; /* the separator */
	}
}

static void
trim(struct zl_list_field *f)
{
	while (f->n > 0 && (f->p[0] == ' ' || f->p[0] == '\t')) {
		f->p++;
		f->n--;
		f->col++;
	}
	while (f->n > 0 && (f->p[f->n - 1] == ' ' || f->p[f->n - 1] == '\t'))
		f->n--;
}

static bool
is_word(const struct zl_list_field *f, const char *w)
{
	return f->n == strlen(w) && strncasecmp(f->p, w, f->n) == 0;
}

struct zl_list *
zl_list_detect(const char *s, size_t len)
{
	if (len > 0 && s[len - 1] == '\r')
		len--;
	if (len == 0 || len > 4096 || memchr(s, '\0', len))
		return NULL;
	struct zl_list probe = {.sep = memchr(s, '\t', len) ? '\t' : ','};
	struct zl_list_field f[ZL_LIST_MAX_COLUMNS + 1];
	size_t nf = split(&probe, s, len, f, ZL_LIST_MAX_COLUMNS);
	int name = -1, type = -1, data = -1, ts = -1;
	for (size_t i = 0; i < nf && i < ZL_LIST_MAX_COLUMNS; i++) {
		trim(&f[i]);
		int *slot = is_word(&f[i], "Name") ? &name :
		    is_word(&f[i], "Type") ? &type : is_word(&f[i], "Data") ? &data :
		    is_word(&f[i], "Timestamp") ? &ts : NULL;
		if (slot && *slot < 0)
			*slot = (int)i;
	}
	free(probe.scratch);
	if (nf > ZL_LIST_MAX_COLUMNS || name < 0 || type < 0 || data < 0)
		return NULL;
	struct zl_list *l = zl_xmalloc(sizeof *l);
	*l = (struct zl_list){.sep = probe.sep, .col_name = name,
	    .col_type = type, .col_data = data, .col_time = ts,
	    .ncols = (unsigned)nf};
	return l;
}

static const char *
empty(struct zl_list *l, size_t *outlen)
{
	zl_list_put(l, "", 0);
	*outlen = 0;
	return l->out;
}

/* A CSV row of more fields than the header: the Data column's commas
 * (an SOA's "[25], dc1., hostmaster." written without quotes) split it;
 * the fields are joined back into the Data column.  A last empty field
 * (a separator at the row's end) is dropped. */
static size_t
rejoin(const struct zl_list *l, struct zl_list_field *f, size_t nf)
{
	if (nf == l->ncols + 1 && f[nf - 1].n == 0)
		return nf - 1;
	if (l->sep != ',' || nf <= l->ncols)
		return nf;
	size_t extra = nf - l->ncols, d = (size_t)l->col_data;
	f[d].n = (size_t)(f[d + extra].p + f[d + extra].n - f[d].p);
	for (size_t i = d + 1; i + extra < nf; i++) /* at most 32 */
		f[i] = f[i + extra];
	return l->ncols;
}

static bool
translate(struct zl_list *l, const char *s, size_t n)
{
	struct zl_list_field f[ZL_LIST_MAX_COLUMNS + 1];
	size_t nf = split(l, s, n, f, ZL_LIST_MAX_COLUMNS);
	if (nf > ZL_LIST_MAX_COLUMNS)
		return zl_list_fail(l, 1, "row of more than %u columns; not read",
		    ZL_LIST_MAX_COLUMNS);
	nf = rejoin(l, f, nf);
	for (size_t i = 0; i < nf; i++)
		trim(&f[i]);
	struct zl_list_field none = {"", 0, 1};
	const struct zl_list_field *type = (size_t)l->col_type < nf ?
	    &f[l->col_type] : &none, *data = (size_t)l->col_data < nf ?
	    &f[l->col_data] : &none;
	if (type->n == 0 && data->n == 0)
		return true; /* a folder's row (_tcp, _msdcs): not a record */
	if ((size_t)l->col_name >= nf || (size_t)l->col_type >= nf ||
	    (size_t)l->col_data >= nf)
		return zl_list_fail(l, 1, "row of %zu column%s, but the header "
		    "names %u (Name, Type and Data are needed); not read", nf,
		    nf == 1 ? "" : "s", l->ncols);
	const struct zl_list_field *ts = l->col_time >= 0 &&
	    (size_t)l->col_time < nf ? &f[l->col_time] : &none;
	return zl_list_owner(l, &f[l->col_name]) && zl_list_stamp(l, ts) &&
	    zl_list_data(l, type, data);
}

const char *
zl_list_row(struct zl_list *l, const char *s, size_t len, size_t *outlen)
{
	l->out_len = 0;
	l->nseg = 0;
	l->err[0] = '\0';
	if (len > 0 && s[len - 1] == '\r')
		len--;
	if (!l->header_done) {
		l->header_done = true;
		return empty(l, outlen);
	}
	size_t blank = 0;
	while (blank < len && (s[blank] == ' ' || s[blank] == '\t' ||
	    s[blank] == ','))
		blank++;
	if (blank == len)
		return empty(l, outlen);
	if (len > ZL_LIST_MAX_ROW) {
		zl_list_fail(l, 1, "row longer than %u bytes; not read",
		    ZL_LIST_MAX_ROW);
		return empty(l, outlen);
	}
	if (memchr(s, '\0', len)) {
		zl_list_fail(l, (uint32_t)((const char *)memchr(s, '\0', len) - s) +
		    1, "NUL byte in the row; not read");
		return empty(l, outlen);
	}
	if (!translate(l, s, len) || l->out_len == 0)
		return empty(l, outlen);
	*outlen = l->out_len;
	return l->out;
}

void
zl_list_free(struct zl_list *l)
{
	if (l == NULL)
		return;
	free(l->out);
	free(l->scratch);
	free(l);
}
