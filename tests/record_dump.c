/* record_dump.c: every record zonelint's reader gives the rules, in wire
 * form, and every syntax error: "LINE ok OWNER TYPE TTL RDATA" (hex),
 * then "LINE error RULE".  For comparing the reader with other parsers
 * record by record (tests/knot_records.py, tests/bind_records.py).
 * $INCLUDE may read outside the file's folder: the inputs are test data.
 * usage: record_dump ORIGIN FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "confine.h"
#include "diag.h"
#include "engine.h"
#include "registry.h"
#include "schedule.h"
#include "source.h"

static void
hex(FILE *fp, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(fp, "%02X", p[i]);
}

static void
observe(void *arg, const struct zl_record *rec)
{
	FILE *fp = arg;
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	fprintf(fp, "%u ok ", rec->loc.line);
	hex(fp, ldns_rdf_data(owner), ldns_rdf_size(owner));
	fprintf(fp, " %04X %08X ", ldns_rr_get_type(rec->rr), ldns_rr_ttl(rec->rr));
	for (size_t k = 0; k < ldns_rr_rd_count(rec->rr); k++) {
		const ldns_rdf *f = ldns_rr_rdf(rec->rr, k);
		hex(fp, ldns_rdf_data(f), ldns_rdf_size(f));
	}
	fputc('\n', fp);
}

int
main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: record_dump ORIGIN FILE\n");
		return 2;
	}
	/* the peers' suites live outside this repository, includes beside them */
	const char *anywhere[] = {"/"};
	char why[256];
	if (zl_confine_init(argv[2], anywhere, 1, why, sizeof why) != 0) {
		fprintf(stderr, "record_dump: %s\n", why);
		return 2;
	}
	zl_confine_name(argv[2]);
	struct zl_options opt = {.fail_on = ZL_WARNING, .jobs = 1};
	struct zl_engine *eng = zl_engine_new(&opt);
	zl_engine_add_zone(eng, argv[2], ZL_VIEW_NONE, NULL, argv[1]);
	zl_engine_observe(eng, observe, stdout);
	struct zl_sched *sched = zl_sched_new(&opt);
	zl_sched_run(sched, eng);
	struct zl_diags *d = zl_engine_diags(eng);
	for (size_t i = 0; i < d->count; i++) {
		const char *id = zl_registry_at(d->v[i].rule)->id;
		if (strncmp(id, "syntax-", 7) == 0 || strncmp(id, "input-", 6) == 0)
			printf("%u error %s\n", d->v[i].loc.line, id);
	}
	zl_engine_free(eng);
	zl_sched_free(sched);
	return 0;
}
