/* soa.c: see soa.h. */
#include <stdio.h>

#include "soa.h"

const char *const soa_timer_name[SOA_TIMERS] = {
	"refresh", "retry", "expire", "minimum",
};

bool
soa_timers_of(const struct zl_record *rec, struct soa_timers *t)
{
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || ldns_rr_rd_count(rec->rr) < 7 ||
	    !zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		return false;
	for (int i = 0; i < SOA_TIMERS; i++) {
		const ldns_rdf *f = ldns_rr_rdf(rec->rr, 3 + (size_t)i);
		if (ldns_rdf_size(f) != 4)
			return false;
		t->v[i] = ldns_rdf2native_int32(f);
		t->at[i] = rec->loc;
		if (rec->rdata_count > 3 + (size_t)i)
			t->at[i] = (struct zl_loc){rec->loc.file,
			    rec->rdata[3 + i].line, rec->rdata[3 + i].col};
	}
	return true;
}

const char *
soa_span(uint32_t s, char *buf, size_t size)
{
	if (s == 86400)
		snprintf(buf, size, "%u (1 day)", s);
	else if (s == 3600)
		snprintf(buf, size, "%u (1 hour)", s);
	else if (s == 60)
		snprintf(buf, size, "%u (1 minute)", s);
	else if (s >= 2 * 86400 && s % 86400 == 0)
		snprintf(buf, size, "%u (%u days)", s, s / 86400);
	else if (s >= 2 * 3600 && s % 3600 == 0)
		snprintf(buf, size, "%u (%u hours)", s, s / 3600);
	else if (s >= 2 * 60 && s % 60 == 0)
		snprintf(buf, size, "%u (%u minutes)", s, s / 60);
	else
		snprintf(buf, size, "%u seconds", s);
	return buf;
}
