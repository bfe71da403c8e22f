/* sip.c: label-level helpers for the SIP and leak rules. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sip.h"

static bool
label_is(const uint8_t *label, const char *text)
{
	size_t n = strlen(text);
	if (label[0] != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (tolower(label[1 + i]) != tolower((unsigned char)text[i]))
			return false;
	return true;
}

const struct sip_service *
sip_service_of(const ldns_rdf *owner, ldns_rdf *domain)
{
	const uint8_t *w = ldns_rdf_data(owner);
	size_t size = ldns_rdf_size(owner);
	if (size < 2 || w[0] == 0 || (size_t)w[0] + 1 >= size)
		return NULL;
	const uint8_t *second = w + w[0] + 1;
	if (second[0] == 0)
		return NULL;
	for (size_t i = 0; i < sip_service_count; i++)
		if (label_is(w, sip_services[i].service) &&
		    label_is(second, sip_services[i].proto)) {
			*domain = zl_dname_suffix(owner, 2);
			return &sip_services[i];
		}
	return NULL;
}

const struct sip_service *
sip_srv_service(const ldns_rr *rr, ldns_rdf *domain)
{
	if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_SRV || ldns_rr_rd_count(rr) < 4 ||
	    zl_dname_labels(ldns_rr_rdf(rr, 3)) == 0)
		return NULL;
	return sip_service_of(ldns_rr_owner(rr), domain);
}

bool
sip_name_ends_with(const ldns_rdf *name, const char *suffix)
{
	ldns_rdf *s = ldns_dname_new_frm_str(suffix);
	bool in = s && zl_dname_in(name, s);
	if (s)
		ldns_rdf_deep_free(s);
	return in;
}

void
sip_names_load(struct zl_names *out, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		ldns_rdf *name = ldns_dname_new_frm_str(list[i]);
		if (name)
			zl_names_add(out, name, "built in");
	}
}

static const char *
covering(const struct zl_names *list, const ldns_rdf *name, char *buf,
    size_t size)
{
	for (size_t i = 0; i < list->count; i++)
		if (zl_dname_in(name, list->name[i]))
			return zl_dname_str(list->name[i], buf, size);
	return NULL;
}

/* This runs for every name of an external zone, so the common case, a
 * public TLD, is settled by comparing the last label with the one-label
 * entries; only longer entries (home.arpa.) need a suffix compare. */
const char *
sip_internal_domain(const ldns_rdf *name, const struct zl_names *builtin,
    const struct zl_options *opt, char *buf, size_t size)
{
	const uint8_t *w = ldns_rdf_data(name);
	size_t total = ldns_rdf_size(name), off = 0, last = 0;
	unsigned labels = 0;
	while (off < total && w[off] != 0) {
		last = off;
		labels++;
		off += (size_t)w[off] + 1;
	}
	if (labels == 1) {
		snprintf(buf, size, "a single-label name");
		return buf;
	}
	const char *d = covering(&opt->internal_domains, name, buf, size);
	if (d || labels == 0)
		return d;
	/* An entry can only hold names that end in its own last label: most
	 * names are settled by that one compare (entries are lower case). */
	uint8_t tld[64];
	size_t tlen = w[last];
	if (!(builtin->tld_bits & (1ull << zl_tld_bit(w + last + 1, tlen))))
		return NULL; /* no entry ends in this label */
	for (size_t i = 0; i < tlen; i++)
		tld[i] = (uint8_t)tolower(w[last + 1 + i]);
	for (size_t i = 0; i < builtin->count; i++) {
		const ldns_rdf *e = builtin->name[i];
		const uint8_t *ew = ldns_rdf_data(e);
		size_t es = ldns_rdf_size(e); /* ..., tlen, TLD, 0 */
		if (es < tlen + 2 || ew[es - 2 - tlen] != tlen ||
		    memcmp(ew + es - 1 - tlen, tld, tlen) != 0)
			continue;
		if (es == tlen + 2 || zl_dname_in(name, e)) /* e is the TLD, or holds name */
			return zl_dname_str(e, buf, size);
	}
	return NULL;
}

void
sip_srvs_add(struct sip_srvs *l, const struct zl_record *rec,
    const struct sip_service *svc)
{
	l->v = zl_grow(l->v, &l->cap, l->count + 1, sizeof *l->v);
	struct zl_loc tl = rec->loc;
	if (rec->rdata_count >= 4)
		tl = (struct zl_loc){rec->loc.file, rec->rdata[3].line,
		    rec->rdata[3].col};
	l->v[l->count++] = (struct sip_srv){
		ldns_rdf_clone(ldns_rr_owner(rec->rr)),
		ldns_rdf_clone(ldns_rr_rdf(rec->rr, 3)),
		svc, zl_zone_view(rec->zone), zl_zone_server(rec->zone), rec->loc,
		tl,
	};
}

void
sip_srvs_free(struct sip_srvs *l)
{
	for (size_t i = 0; i < l->count; i++) {
		ldns_rdf_deep_free(l->v[i].owner);
		ldns_rdf_deep_free(l->v[i].target);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

const struct zl_zone *
sip_resolve(struct zl_ctx *ctx, enum zl_view view, unsigned server,
    const ldns_rdf *name, bool *forwarded)
{
	*forwarded = false;
	const struct zl_zone *z = zl_zone_for(ctx, view, server, name);
	if (z == NULL && view == ZL_VIEW_INTERNAL) {
		z = zl_zone_for(ctx, ZL_VIEW_EXTERNAL, 0, name);
		*forwarded = z != NULL;
	}
	return z;
}

uint32_t
sip_types(const struct zl_zone *zone, const ldns_rdf *name)
{
	const struct zl_name *e = zl_index_find(zone, name);
	return e ? zl_name_types(e) : 0;
}

/* A folder of exports can name thousands of SIP domains: hash them. */
static uint32_t
hash_name(const ldns_rdf *name)
{
	uint32_t h = 2166136261u;
	const uint8_t *w = ldns_rdf_data(name);
	for (size_t i = 0; i < ldns_rdf_size(name); i++)
		h = (h ^ zl_lower(w[i])) * 16777619u;
	return h;
}

static uint32_t *
slot_for(const struct sip_domains *s, const ldns_rdf *name)
{
	size_t j = hash_name(name) & (s->nslots - 1);
	for (;; j = (j + 1) & (s->nslots - 1))
		if (s->slots[j] == 0 ||
		    zl_dname_eq(s->v[s->slots[j] - 1].name, name))
			return &s->slots[j];
}

const struct sip_domain *
sip_domains_find(const struct sip_domains *s, const ldns_rdf *name)
{
	if (s->nslots == 0)
		return NULL;
	uint32_t i = *slot_for(s, name);
	return i ? &s->v[i - 1] : NULL;
}

static void
domains_add(struct sip_domains *s, const ldns_rdf *name, const char *option,
    struct zl_loc loc, const struct sip_service *svc, const char *what)
{
	if (sip_domains_find(s, name))
		return; /* the first source stays */
	s->v = zl_grow(s->v, &s->cap, s->count + 1, sizeof *s->v);
	s->v[s->count++] = (struct sip_domain){ldns_rdf_clone(name), option, loc,
	    svc, what};
	if (s->count * 2 > s->nslots) {
		free(s->slots);
		s->nslots = s->nslots ? s->nslots * 2 : 64;
		s->slots = zl_alloc(s->nslots, sizeof *s->slots);
		for (size_t i = 0; i < s->count; i++)
			*slot_for(s, s->v[i].name) = (uint32_t)i + 1;
	} else {
		*slot_for(s, name) = (uint32_t)s->count;
	}
}

void
sip_domains_add(struct sip_domains *s, const ldns_rdf *name, struct zl_loc loc)
{
	domains_add(s, name, NULL, loc, NULL, NULL);
}

void
sip_domains_start(struct sip_domains *s, const struct zl_options *opt)
{
	for (size_t i = 0; i < opt->sip_domains.count; i++)
		domains_add(s, opt->sip_domains.name[i], opt->sip_domains.source[i],
		    (struct zl_loc){0, 0, 0}, NULL, NULL);
}

void
sip_domains_note(struct sip_domains *s, const struct zl_record *rec)
{
	/* This runs for every A, AAAA, CNAME and SRV record: the
	 * first label's length settles nearly all of them (a service label
	 * starts with '_'; lyncdiscover has 12 letters, its internal twin
	 * 20). */
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	const uint8_t *w = ldns_rdf_data(owner);
	bool srv = ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_SRV;
	if (srv ? w[0] == 0 || w[1] != '_' : w[0] != 12 && w[0] != 20)
		return;
	ldns_rdf dom;
	const struct sip_service *svc = sip_srv_service(rec->rr, &dom);
	if (svc && svc->lync) {
		domains_add(s, &dom, NULL, rec->loc, svc, NULL);
	} else if (!svc && !srv && zl_dname_labels(owner) > 1) {
		/* lyncdiscover.D: the Autodiscover name only Lync clients use */
		const char *what = zl_dname_first_label_is(owner, "lyncdiscover") ?
		    "lyncdiscover" : zl_dname_first_label_is(owner,
		    "lyncdiscoverinternal") ? "lyncdiscoverinternal" : NULL;
		ldns_rdf parent = zl_dname_suffix(owner, 1);
		if (what)
			domains_add(s, &parent, NULL, rec->loc, NULL, what);
	}
}

void
sip_domains_free(struct sip_domains *s)
{
	for (size_t i = 0; i < s->count; i++)
		ldns_rdf_deep_free(s->v[i].name);
	free(s->v);
	free(s->slots);
	memset(s, 0, sizeof *s);
}

static void
domains_run_start(struct zl_ctx *ctx)
{
	sip_domains_start(zl_family_state(ctx), zl_options(ctx));
}

static void
domains_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	sip_domains_note(zl_family_state(ctx), rec);
}

static void
domains_free(void *state)
{
	sip_domains_free(state);
}

const struct zl_family sip_domains_family = {
	.state_size = sizeof(struct sip_domains),
	.types = SIP_DOMAIN_TYPES,
	.on_run_start = domains_run_start,
	.on_record = domains_record,
	.free_state = domains_free,
};

struct sip_domains *
sip_domains_of(struct zl_ctx *ctx)
{
	return zl_family_state(ctx);
}

void
sip_later_add(struct sip_later *l, const ldns_rdf *domain, struct zl_loc at,
    char *msg, char *fix)
{
	l->v = zl_grow(l->v, &l->cap, l->count + 1, sizeof *l->v);
	l->v[l->count++] = (struct sip_pending){ldns_rdf_clone(domain), at, msg,
	    fix};
}

void
sip_later_report(struct zl_ctx *ctx, struct sip_later *l,
    const struct sip_domains *s)
{
	for (size_t i = 0; i < l->count; i++) {
		struct sip_pending *p = &l->v[i];
		if (sip_domains_find(s, p->domain)) {
			size_t id = zl_report(ctx, p->at, "%s", p->msg);
			if (p->fix)
				zl_report_fix(ctx, id, "%s", p->fix);
		}
	}
	sip_later_free(l);
}

void
sip_later_free(struct sip_later *l)
{
	for (size_t i = 0; i < l->count; i++) {
		ldns_rdf_deep_free(l->v[i].domain);
		free(l->v[i].msg);
		free(l->v[i].fix);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

char *
sip_strf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = zl_alloc((size_t)(n < 0 ? 0 : n) + 1, 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap);
	va_end(ap);
	return s;
}
