/*
 * fixstep.c: the structured fix-its rules attach most (zonelint.h,
 * zl_report_step): remove a record as read, add a pinpoint zone.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "zonelint.h"

/* The data of rr as a zone file writes it, fields joined by blanks
 * (ldns escapes names and strings as presentation format does). */
static char *
rr_data(const ldns_rr *rr)
{
	char *all = zl_xstrdup("");
	for (size_t i = 0; i < ldns_rr_rd_count(rr); i++) {
		char *f = ldns_rdf2str(ldns_rr_rdf(rr, i));
		char *both = zl_asprintf("%s%s%s", all, i ? " " : "", f ? f : "");
		free(f);
		free(all);
		all = both;
	}
	return all;
}

void
zl_report_remove(struct zl_ctx *ctx, size_t id, const struct zl_record *rec)
{
	const char *zone = zl_zone_origin_str(rec->zone);
	if (zone == NULL || *zone == '\0')
		return; /* no origin known: nothing a script could name */
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	char *data = rr_data(rec->rr);
	zl_report_step(ctx, id, &(struct zl_fix_step){.kind = ZL_FIX_REMOVE_RECORD,
	    .view = zl_zone_view(rec->zone), .zone = zone,
	    .owner = zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o),
	    .type = ldns_rr_get_type(rec->rr), .ttl = ldns_rr_ttl(rec->rr),
	    .data = data});
	free(data);
}

void
zl_report_pinpoint(struct zl_ctx *ctx, size_t id, const char *name,
    ldns_rr_type type, const char *data, const char *param)
{
	zl_report_step(ctx, id, &(struct zl_fix_step){.kind = ZL_FIX_ADD_ZONE,
	    .view = ZL_VIEW_INTERNAL, .zone = name});
	zl_report_step(ctx, id, &(struct zl_fix_step){.kind = ZL_FIX_ADD_RECORD,
	    .view = ZL_VIEW_INTERNAL, .zone = name, .owner = name, .type = type,
	    .data = data, .param = data ? NULL : param});
}
