/* ldns_parse.c: the baseline, a plain single-thread ldns parse loop
 * (ldns_rr_new_frm_fp_l over the file), as a program built on ldns alone
 * would read a zone. */
#include <ldns/ldns.h>
#include <stdio.h>

int
main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: ldns_parse ZONEFILE\n");
		return 2;
	}
	FILE *fp = fopen(argv[1], "r");
	if (fp == NULL) {
		perror(argv[1]);
		return 2;
	}
	uint32_t ttl = 3600;
	ldns_rdf *origin = NULL, *prev = NULL;
	int line = 0;
	unsigned long records = 0, errors = 0;
	while (!feof(fp)) {
		ldns_rr *rr = NULL;
		ldns_status st = ldns_rr_new_frm_fp_l(&rr, fp, &ttl, &origin, &prev,
		    &line);
		if (st == LDNS_STATUS_OK) {
			records++;
			ldns_rr_free(rr);
		} else if (st != LDNS_STATUS_SYNTAX_EMPTY &&
		    st != LDNS_STATUS_SYNTAX_TTL && st != LDNS_STATUS_SYNTAX_ORIGIN) {
			errors++;
		}
	}
	if (origin)
		ldns_rdf_deep_free(origin);
	if (prev)
		ldns_rdf_deep_free(prev);
	fclose(fp);
	printf("records=%lu errors=%lu\n", records, errors);
	return 0;
}
