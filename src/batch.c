/* batch.c: see batch.h. */
#include <string.h>
#include <strings.h>

#include "batch.h"
#include "diag.h"
#include "index.h"
#include "wks.h"

#define FLAT_KEEP 4096 /* bytes a slot keeps from batch to batch */

char *
zl_batch_reserve_text(struct zl_batch *b, size_t need)
{
	if (b->text_len + need > b->text_cap) {
		b->text_cap = (b->text_len + need) * 2;
		b->text = zl_xrealloc(b->text, b->text_cap);
	}
	return b->text + b->text_len;
}

struct zl_span *
zl_batch_add_span(struct zl_batch *b)
{
	if (b->nspans == b->spans_cap) {
		b->spans_cap = b->spans_cap ? b->spans_cap * 2 : 256;
		b->spans = zl_xrealloc(b->spans, b->spans_cap * sizeof *b->spans);
	}
	return &b->spans[b->nspans++];
}

struct zl_job *
zl_batch_add_job(struct zl_batch *b, const struct zl_job *job)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->jobs = zl_xrealloc(b->jobs, b->cap * sizeof *b->jobs);
	}
	if (b->n == b->used)
		b->jobs[b->used++].flat = (struct zl_flat){0};
	struct zl_job *j = &b->jobs[b->n++];
	struct zl_flat flat = j->flat;
	*j = *job;
	j->flat = flat;
	return j;
}

/* The common types, whose fields are one token each (a TXT string with
 * its quotes), are built from the tokens already split, with ldns's own
 * field parsers: ldns_rr_new_frm_str would split the line again, which
 * costs a quarter of the time.  NULL when the record is not one of them
 * or any field fails: the caller then asks ldns_rr_new_frm_str, for the
 * same result or its error. */
static ldns_rr *
fast_rr(const struct zl_batch *b, const struct zl_job *j)
{
	switch (j->type) {
	case LDNS_RR_TYPE_A: case LDNS_RR_TYPE_AAAA: case LDNS_RR_TYPE_NS:
	case LDNS_RR_TYPE_CNAME: case LDNS_RR_TYPE_PTR: case LDNS_RR_TYPE_DNAME:
	case LDNS_RR_TYPE_MX: case LDNS_RR_TYPE_SRV: case LDNS_RR_TYPE_TXT:
		break;
	default:
		return NULL;
	}
	const ldns_rr_descriptor *desc = ldns_rr_descript((uint16_t)j->type);
	if (j->nrd < ldns_rr_descriptor_minimum(desc) ||
	    j->nrd > ldns_rr_descriptor_maximum(desc))
		return NULL;
	const struct zl_span *sp = &b->spans[j->tok];
	ldns_rr_class cls = LDNS_RR_CLASS_IN;
	char buf[LDNS_MAX_DOMAINLEN * 4 + 2];
	if (j->has_class) {
		if (sp->len >= 16)
			return NULL;
		memcpy(buf, b->text + sp->off, sp->len);
		buf[sp->len] = '\0';
		cls = zl_word_is(buf, sp->len, "IN") ? LDNS_RR_CLASS_IN :
		    ldns_get_rr_class_by_name(buf);
		if (cls == 0)
			return NULL;
		sp++;
	}
	const struct zl_span *rd = sp + 1; /* after the type */
	if (j->owner_len >= sizeof buf || (j->nrd > 0 && rd[0].len == 2 &&
	    memcmp(b->text + rd[0].off, "\\#", 2) == 0))
		return NULL; /* \# data: ldns reads it, as the wire it stands for */
	memcpy(buf, b->text + j->text, j->owner_len);
	buf[j->owner_len] = '\0';
	ldns_rdf *owner = ldns_dname_new_frm_str(buf);
	if (owner == NULL)
		return NULL;
	ldns_rr *rr = ldns_rr_new();
	ldns_rr_set_owner(rr, owner);
	ldns_rr_set_ttl(rr, j->ttl);
	ldns_rr_set_class(rr, cls);
	ldns_rr_set_type(rr, j->type);
	for (size_t k = 0; k < j->nrd; k++) {
		ldns_rdf_type ft = ldns_rr_descriptor_field_type(desc, k);
		const char *field = b->text + rd[k].off;
		size_t len = rd[k].len;
		if (ft == LDNS_RDF_TYPE_STR && len >= 2 && field[0] == '"' &&
		    field[len - 1] == '"') { /* ldns reads what is inside */
			field++;
			len -= 2;
		}
		if (len >= sizeof buf || memchr(field, '"', len))
			goto fail;
		memcpy(buf, field, len);
		buf[len] = '\0';
		ldns_rdf *rdf = NULL;
		if (ft != LDNS_RDF_TYPE_DNAME) {
			rdf = ldns_rdf_new_frm_str(ft, buf);
		} else {
			rdf = zl_dname_from_text(buf, b->origin);
		}
		if (rdf == NULL)
			goto fail;
		ldns_rr_push_rdf(rr, rdf);
	}
	return rr;
fail:
	ldns_rr_free(rr);
	return NULL;
}

/* A WKS record is handed to ldns as the "\# N HEX" of its data, its
 * services named by wks.h's table: ldns would ask getservbyname, which
 * may go to the network (wks.h).  NULL with *st set when it is bad, or
 * with *st LDNS_STATUS_OK when ldns is to read it as it is (\# data). */
static ldns_rr *
wks_rr(const struct zl_batch *b, const struct zl_job *j, ldns_status *st)
{
	const struct zl_span *rd = &b->spans[j->tok] + (j->has_class ? 2 : 1);
	*st = LDNS_STATUS_OK;
	if (j->nrd > 0 && rd[0].len == 2 &&
	    memcmp(b->text + rd[0].off, "\\#", 2) == 0)
		return NULL;
	struct zl_field *f = zl_xmalloc((j->nrd + 1) * sizeof *f);
	for (size_t k = 0; k < j->nrd; k++)
		f[k] = (struct zl_field){b->text + rd[k].off, rd[k].len};
	size_t cap = 2 * (5 + 8192) + 32, bad;
	char *data = zl_xmalloc(cap), why[128];
	size_t len = zl_wks_encode(f, j->nrd, b->origin, data, cap, &bad, why,
	    sizeof why);
	free(f);
	ldns_rr *rr = NULL;
	*st = LDNS_STATUS_SYNTAX_RDATA_ERR;
	if (len > 0) {
		char *text = zl_asprintf("%.*s %s", (int)(rd[0].off - j->text),
		    b->text + j->text, data);
		*st = ldns_rr_new_frm_str(&rr, text, j->ttl, b->origin, NULL);
		free(text);
	}
	free(data);
	return rr;
}

void
zl_batch_parse(void *batch, size_t i)
{
	struct zl_batch *b = batch;
	struct zl_job *j = &b->jobs[i];
	j->st = LDNS_STATUS_OK;
	ldns_rr *rr = j->type == LDNS_RR_TYPE_WKS ? wks_rr(b, j, &j->st) :
	    fast_rr(b, j);
	if (rr == NULL && j->st == LDNS_STATUS_OK)
		j->st = ldns_rr_new_frm_str(&rr, b->text + j->text, j->ttl,
		    b->origin, NULL);
	j->parsed = j->st == LDNS_STATUS_OK && rr != NULL;
	if (!j->parsed) {
		if (rr)
			ldns_rr_free(rr);
		return;
	}
	if (j->type == LDNS_RR_TYPE_NSEC3 && ldns_rr_rd_count(rr) > 4) {
		/* ldns 1.8.3 reads a padded hash whose length is not a multiple
		 * of five octets with a wrong length octet: set it right */
		ldns_rdf *next = ldns_rr_rdf(rr, 4);
		if (ldns_rdf_size(next) > 0)
			ldns_rdf_data(next)[0] = (uint8_t)(ldns_rdf_size(next) - 1);
	}
	if (ldns_rr_get_type(rr) != j->type) /* read as the type it is like */
		ldns_rr_set_type(rr, j->type);
	j->owner_hash = zl_index_hash(b->apex, ldns_rr_owner(rr));
	zl_flat_store(&j->flat, rr);
	ldns_rr_free(rr); /* on the thread that made it: its arena, unlocked */
}

void
zl_batch_clear(struct zl_batch *b)
{
	/* a slot that held a rare big record gives its block back */
	for (size_t i = 0; i < b->n; i++)
		if (b->jobs[i].flat.cap > FLAT_KEEP) {
			free(b->jobs[i].flat.bytes);
			b->jobs[i].flat = (struct zl_flat){0};
		}
	b->n = b->text_len = b->nspans = 0;
	b->origin = NULL;
	b->apex = NULL;
}

void
zl_batch_free(struct zl_batch *b)
{
	zl_batch_clear(b);
	for (size_t i = 0; i < b->used; i++)
		free(b->jobs[i].flat.bytes);
	free(b->jobs);
	free(b->text);
	free(b->spans);
	memset(b, 0, sizeof *b);
}
