/* format.h: the kinds of zone text zonelint reads, as the tools that
 * write them lay them out, and how the reader tells them apart.
 *
 * Every format here is zone-file text (RFC 1035 section 5); what differs
 * is the header a tool writes, the TTLs and pseudo-records it uses and
 * what its comments mean.  The reader decides the format from a header
 * comment before the first record or, for the exports that write none,
 * from the provider's own SOA; a zone's format is reported under -v and
 * lets rules read such differences right (zl_zone_format, zonelint.h). */
#ifndef ZL_FORMAT_H
#define ZL_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

#include <ldns/ldns.h>

enum zl_format {
	ZL_FORMAT_BIND,          /* a zone file with no export header */
	ZL_FORMAT_DNSCMD,        /* dnscmd /zoneexport: "Database file X for
	                            NAME zone." */
	ZL_FORMAT_DNSSERVERZONE, /* Export-DnsServerZone: "Database file X
	                            for SCOPE zone scope in zone NAME." */
	ZL_FORMAT_DIG_AXFR,      /* a dig AXFR transcript: "; <<>> DiG" */
	ZL_FORMAT_CLOUDFLARE,    /* Cloudflare's export: ";; Domain:" */
	ZL_FORMAT_AZURE,         /* az network dns zone export */
	ZL_FORMAT_GCLOUD,        /* gcloud dns record-sets export
	                            --zone-file-format: Cloud DNS's SOA */
	ZL_FORMAT_CLI53,         /* cli53 export: Route 53's SOA, AWS ALIAS */
	ZL_FORMAT_ROUTE53_JSON,  /* aws route53 list-resource-record-sets */
	ZL_FORMAT_DNS_MANAGER,   /* a list copied from Windows DNS Manager */
	ZL_FORMAT_COUNT
};

/* Its name, as -v prints it: "Cloudflare export". */
const char *zl_format_name(enum zl_format f);
/* True for the Windows DNS server's exports (dnscmd, Export-DnsServerZone
 * and DNS Manager lists): [AGE:n], TTLs from the SOA minimum, glue. */
bool zl_format_windows(enum zl_format f);

/* What a comment before the first record says: the format whose header
 * it is, or ZL_FORMAT_BIND; for a Windows or Cloudflare header, *zone and
 * *zone_len give the zone it names (without a final dot), else *zone is
 * NULL.  c starts
 * at the ';' and runs len bytes to the end of the line. */
enum zl_format zl_format_of_header(const char *c, size_t len,
    const char **zone, size_t *zone_len);
/* The provider whose SOA this is (ZL_FORMAT_GCLOUD, ZL_FORMAT_CLI53),
 * or ZL_FORMAT_BIND: for the exports that write no header. */
enum zl_format zl_format_of_soa(const ldns_rr *soa);
/* True when a comment after a record's data is Cloudflare's mark of a
 * proxied record, "cf_tags=cf-proxied:true" (among other tags). */
bool zl_format_cf_proxied(const char *c, size_t len);

#endif
