/* hostname.c: see hostname.h. */
#include <string.h>

#include "hostname.h"

/* DNS-SD's browse names, which reverse zones hold (RFC 6763 11):
 * b, db, r, dr or lb, then _dns-sd._udp. */
static bool
dns_sd_browse(const ldns_rdf *name)
{
	static const char *const first[] = {"b", "db", "r", "dr", "lb"};
	ldns_rdf l2 = zl_dname_suffix(name, 1), l3 = zl_dname_suffix(name, 2);
	if (!zl_dname_first_label_is(&l2, "_dns-sd") ||
	    !zl_dname_first_label_is(&l3, "_udp"))
		return false;
	for (size_t i = 0; i < sizeof first / sizeof *first; i++)
		if (zl_dname_first_label_is(name, first[i]))
			return true;
	return false;
}

bool
zl_hostname_svcb_underscore(const struct zl_hostname_field *f)
{
	const uint8_t *w = ldns_rdf_data(f->name);
	return f->svcb && ldns_rdf_size(f->name) > 1 && w[0] > 0 &&
	    memchr(w + 1, '_', w[0]) != NULL;
}

bool
zl_hostname_field(const struct zl_record *rec, struct zl_hostname_field *out)
{
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	if (type == LDNS_RR_TYPE_A || type == LDNS_RR_TYPE_AAAA) {
		if (rec->name_types_before & (ZL_T_A | ZL_T_AAAA))
			return false; /* checked at the name's first address */
		out->name = ldns_rr_owner(rec->rr);
		out->role = "owner";
		out->at = rec->loc;
		out->owner = true;
		out->ptr = out->svcb = false;
		return true;
	}
	size_t field = type == LDNS_RR_TYPE_MX || type == LDNS_RR_TYPE_SVCB ||
	    type == LDNS_RR_TYPE_HTTPS ? 1 : type == LDNS_RR_TYPE_SRV ? 3 : 0;
	*out = (struct zl_hostname_field){.at = rec->loc};
	{
		if (ldns_rr_rd_count(rec->rr) <= field)
			return false;
		out->name = ldns_rr_rdf(rec->rr, field);
		if (out->name == NULL ||
		    ldns_rdf_get_type(out->name) != LDNS_RDF_TYPE_DNAME)
			return false;
		if (rec->rdata_count > field)
			out->at = (struct zl_loc){rec->loc.file, rec->rdata[field].line,
			    rec->rdata[field].col};
	}
	switch (type) {
	case LDNS_RR_TYPE_NS:
		out->role = "NS target";
		return true;
	case LDNS_RR_TYPE_MX:
		out->role = "MX target";
		return true;
	case LDNS_RR_TYPE_SOA:
		out->role = "SOA MNAME";
		return true;
	case LDNS_RR_TYPE_SRV: /* "." says there is no such service */
		out->role = "SRV target";
		return zl_dname_labels(out->name) > 0;
	case LDNS_RR_TYPE_PTR: /* in a reverse zone, as BIND's check-names */
		out->role = "PTR target";
		out->ptr = true;
		return zl_dname_is_reverse(ldns_rr_owner(rec->rr)) &&
		    !dns_sd_browse(ldns_rr_owner(rec->rr));
	case LDNS_RR_TYPE_SVCB:
	case LDNS_RR_TYPE_HTTPS: /* "." means the owner itself */
		out->role = "SVCB target";
		out->svcb = true;
		return zl_dname_labels(out->name) > 0;
	default:
		return false;
	}
}
