/* target.c: the zone's answer for a name that a record points at. */
#include <stdlib.h>
#include <string.h>

#include "revmap.h"
#include "sip.h"
#include "target.h"

static bool
is_apex(const struct zl_zone *zone, const ldns_rdf *name)
{
	return zl_dname_eq(name, zl_zone_origin(zone));
}

uint32_t
target_types(const struct zl_zone *zone, const ldns_rdf *name)
{
	const struct zl_name *e = zl_index_find(zone, name);
	return e ? zl_name_types(e) : 0;
}

int
target_delegation_above(const struct zl_zone *zone, const ldns_rdf *name,
    unsigned from)
{
	unsigned labels = zl_dname_labels(name);
	for (unsigned k = from; k < labels; k++) {
		ldns_rdf a = zl_dname_suffix(name, k);
		if (is_apex(zone, &a))
			return -1;
		if (target_types(zone, &a) & ZL_T_NS)
			return (int)k;
	}
	return -1;
}

bool
target_below_dname(const struct zl_zone *zone, const ldns_rdf *name)
{
	unsigned labels = zl_dname_labels(name);
	for (unsigned k = 1; k <= labels && !is_apex(zone, name); k++) {
		ldns_rdf a = zl_dname_suffix(name, k);
		if (target_types(zone, &a) & ZL_T_DNAME)
			return true;
		if (is_apex(zone, &a))
			break;
	}
	return false;
}

uint32_t
target_wildcard_types(const struct zl_zone *zone, const ldns_rdf *name)
{
	uint8_t buf[LDNS_MAX_DOMAINLEN + 2];
	unsigned labels = zl_dname_labels(name);
	for (unsigned k = 1; k <= labels; k++) {
		ldns_rdf p = zl_dname_suffix(name, k);
		if (ldns_rdf_size(&p) + 2 > sizeof buf)
			return 0;
		buf[0] = 1;
		buf[1] = '*';
		memcpy(buf + 2, ldns_rdf_data(&p), ldns_rdf_size(&p));
		ldns_rdf w = {._size = ldns_rdf_size(&p) + 2,
		    ._type = LDNS_RDF_TYPE_DNAME, ._data = buf};
		uint32_t t = target_types(zone, &w);
		if (t)
			return t;
		if (target_types(zone, &p) || is_apex(zone, &p))
			return 0;
	}
	return 0;
}

bool
target_misspelt(const ldns_rdf *name, const struct zl_zone *zone)
{
	const ldns_rdf *origin = zl_zone_origin(zone);
	return zl_dname_lost_final_dot(name, origin) > 0 ||
	    zl_dname_ip_literal(name, origin);
}

const ldns_rdf *
target_of(const ldns_rr *rr, size_t *field)
{
	switch (ldns_rr_get_type(rr)) {
	case LDNS_RR_TYPE_NS:
	case LDNS_RR_TYPE_PTR:
	case LDNS_RR_TYPE_CNAME:
		*field = 0;
		break;
	case LDNS_RR_TYPE_MX:
	case LDNS_RR_TYPE_SVCB:
	case LDNS_RR_TYPE_HTTPS:
		*field = 1;
		break;
	case LDNS_RR_TYPE_SRV:
		*field = 3;
		break;
	default:
		return NULL;
	}
	const ldns_rdf *f = ldns_rr_rdf(rr, *field);
	return f && ldns_rdf_get_type(f) == LDNS_RDF_TYPE_DNAME ? f : NULL;
}

const char *
target_role(ldns_rr_type type)
{
	switch (type) {
	case LDNS_RR_TYPE_NS: return "NS target";
	case LDNS_RR_TYPE_PTR: return "PTR target";
	case LDNS_RR_TYPE_CNAME: return "CNAME target";
	case LDNS_RR_TYPE_MX: return "MX target";
	case LDNS_RR_TYPE_SVCB: return "SVCB target";
	case LDNS_RR_TYPE_HTTPS: return "HTTPS target";
	case LDNS_RR_TYPE_SRV: return "SRV target";
	default: return "target";
	}
}

struct zl_loc
target_loc(const struct zl_record *rec, size_t field)
{
	if (field < rec->rdata_count)
		return (struct zl_loc){rec->loc.file, rec->rdata[field].line,
		    rec->rdata[field].col};
	return rec->loc;
}

/* ---- targets kept until the run ends ---- */

/* Whether a label of name starts with '_' (_dns-sd, _udp). */
static bool
has_service_label(const ldns_rdf *name)
{
	const uint8_t *w = ldns_rdf_data(name);
	for (size_t off = 0; off < ldns_rdf_size(name) && w[off];
	    off += (size_t)w[off] + 1)
		if (w[off + 1] == '_')
			return true;
	return false;
}

/* The types that satisfy a target of a record of type. */
static uint32_t
wanted(ldns_rr_type type)
{
	switch (type) {
	case LDNS_RR_TYPE_CNAME:
		return ~0u;
	case LDNS_RR_TYPE_SVCB:
	case LDNS_RR_TYPE_HTTPS: /* AliasMode names another SVCB owner */
		return ZL_T_A | ZL_T_AAAA | ZL_T_CNAME | ZL_T_SVCB | ZL_T_HTTPS;
	case LDNS_RR_TYPE_PTR:
		return ZL_T_A | ZL_T_AAAA | ZL_T_CNAME;
	default: /* MX, SRV: a CNAME is no host (RFC 2181 10.3, RFC 2782) */
		return ZL_T_A | ZL_T_AAAA;
	}
}

/* Keeps rec's target unless its own zone already shows that it has
 * what it needs: most targets cost a lookup and nothing kept. */
void
target_on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct target_list *st = zl_state(ctx);
	size_t field;
	const ldns_rdf *t = target_of(rec->rr, &field);
	if (t == NULL || ldns_rdf_size(t) <= 1)
		return; /* "." : no service, or the owner itself (SVCB) */
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	const struct zl_zone *zone = rec->zone;
	/* an RFC 2317 CNAME into a sub-range is audit-rfc2317-cname's */
	if (type == LDNS_RR_TYPE_CNAME &&
	    revmap_rfc2317(ldns_rr_owner(rec->rr), t))
		return;
	/* PTRs in forward zones are DNS-SD's (RFC 6763): they name service
	 * instances, which have SRV and TXT records, not addresses; so are
	 * its browse PTRs in reverse zones (b._dns-sd._udp) */
	if (type == LDNS_RR_TYPE_PTR &&
	    (!zl_dname_is_reverse(ldns_rr_owner(rec->rr)) ||
	    has_service_label(ldns_rr_owner(rec->rr))))
		return;
	uint32_t want = wanted(type);
	size_t n = ldns_rdf_size(t);
	if (zone == st->last_zone && want == st->last_want &&
	    n == st->last_size && memcmp(ldns_rdf_data(t), st->last, n) == 0)
		return; /* the previous record's target: MX 10 mail, ... */
	if (zl_dname_in(t, zl_zone_origin(zone))) {
		uint32_t have = target_types(zone, t);
		if ((have & want) && !(have & ZL_T_CNAME & ~want)) {
			st->last_zone = zone; /* known already: nothing kept */
			st->last_want = want;
			st->last_size = n;
			memcpy(st->last, ldns_rdf_data(t), n);
			return;
		}
	}
	ldns_rdf domain;
	if (type == LDNS_RR_TYPE_SRV && sip_srv_service(rec->rr, &domain))
		return;
	target_list_keep(st, type, zone, t, target_loc(rec, field));
}

void
target_list_keep(struct target_list *st, ldns_rr_type type,
    const struct zl_zone *zone, const ldns_rdf *t, struct zl_loc at)
{
	st->meta = zl_grow(st->meta, &st->meta_cap, st->targets.count + 1,
	    sizeof *st->meta);
	st->meta[st->targets.count] = (struct target_meta){(uint16_t)type,
	    (uint8_t)zl_zone_view(zone), (uint8_t)zl_zone_server(zone)};
	zl_namelist_add(&st->targets, t, at);
}

static void
check(struct zl_ctx *ctx, const struct zl_names *internal, const ldns_rdf *t,
    struct target_meta m, struct zl_loc at)
{
	bool fwd;
	char dom[LDNS_MAX_DOMAINLEN * 4 + 2];
	const struct zl_zone *z = sip_resolve(ctx, m.view, m.server, t, &fwd);
	if (z == NULL || !zl_zone_complete(z))
		return; /* unknown, not missing */
	/* a name under an internal domain (.local, --internal-domain) is
	 * internal DNS's to answer: leak-internal-name judges it */
	if (sip_internal_domain(t, internal, zl_options(ctx), dom, sizeof dom))
		return;
	if (target_misspelt(t, z) || target_delegation_above(z, t, 0) >= 0 ||
	    target_below_dname(z, t))
		return;
	uint32_t have = target_types(z, t);
	if (have == 0)
		have = target_wildcard_types(z, t);
	uint32_t want = wanted(m.type);
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(t, n, sizeof n);
	const char *role = target_role(m.type);
	if (have & ZL_T_CNAME & ~want)
		zl_report(ctx, at, "%s %s is a CNAME; it must name a host with "
		    "address records (RFC 2181 10.3%s)", role, n,
		    m.type == LDNS_RR_TYPE_NS ? "" : ", RFC 2782");
	else if (m.type == LDNS_RR_TYPE_CNAME && have == 0)
		zl_report(ctx, at, "%s %s has no records in zone %s: the alias "
		    "leads nowhere", role, n, zl_zone_origin_str(z));
	else if (!(have & want))
		zl_report(ctx, at, "%s %s has no A or AAAA record in zone %s",
		    role, n, zl_zone_origin_str(z));
}

/* Reports each kept target that has no address (or, for NS, MX, SRV,
 * is a CNAME; for a CNAME, no records) in the zone answering for it. */
void
target_list_check(struct zl_ctx *ctx, struct target_list *st)
{
	for (size_t i = 0; i < st->targets.count; i++) {
		ldns_rdf t = zl_namelist_name(&st->targets, i);
		check(ctx, &st->internal, &t, st->meta[i], st->targets.v[i].loc);
	}
}

void
target_on_run_end(struct zl_ctx *ctx)
{
	target_list_check(ctx, zl_state(ctx));
}

void
target_list_start(struct target_list *st)
{
	sip_names_load(&st->internal, internal_domains, internal_domain_count);
}

void
target_on_run_start(struct zl_ctx *ctx)
{
	target_list_start(zl_state(ctx));
}

void
target_list_free(struct target_list *st)
{
	zl_names_free(&st->internal);
	zl_namelist_free(&st->targets);
	free(st->meta);
}

void
target_free_state(void *p)
{
	target_list_free(p);
}
