/* format.c: see format.h.  Every search here is over one comment, which
 * the reader has bounded (MAX_RECORD_TEXT), and is linear in it. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "format.h"

static const char *const names[ZL_FORMAT_COUNT] = {
	[ZL_FORMAT_BIND] = "BIND zone file",
	[ZL_FORMAT_DNSCMD] = "dnscmd export",
	[ZL_FORMAT_DNSSERVERZONE] = "Export-DnsServerZone export",
	[ZL_FORMAT_DIG_AXFR] = "dig AXFR transcript",
	[ZL_FORMAT_CLOUDFLARE] = "Cloudflare export",
	[ZL_FORMAT_AZURE] = "Azure DNS export",
	[ZL_FORMAT_GCLOUD] = "Google Cloud DNS export",
	[ZL_FORMAT_CLI53] = "cli53 export (Route 53)",
	[ZL_FORMAT_ROUTE53_JSON] = "Route 53 JSON",
	[ZL_FORMAT_DNS_MANAGER] = "DNS Manager list",
};

const char *
zl_format_name(enum zl_format f)
{
	return f < ZL_FORMAT_COUNT ? names[f] : names[ZL_FORMAT_BIND];
}

bool
zl_format_windows(enum zl_format f)
{
	return f == ZL_FORMAT_DNSCMD || f == ZL_FORMAT_DNSSERVERZONE ||
	    f == ZL_FORMAT_DNS_MANAGER;
}

/* Where needle starts in [p, end), or NULL. */
static const char *
find(const char *p, const char *end, const char *needle)
{
	return p < end ? memmem(p, (size_t)(end - p), needle, strlen(needle)) :
	    NULL;
}

/* True when [p, end) holds needle in any case. */
static bool
has_nocase(const char *p, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	for (; p + n <= end; p++)
		if (strncasecmp(p, needle, n) == 0)
			return true;
	return false;
}

/* The Windows header: ";  Database file FILE for NAME zone." (dnscmd,
 * and Windows Server before 2016) or ";  Database file FILE for SCOPE
 * zone scope in zone NAME." (Export-DnsServerZone; FILE is "(null)" for
 * a zone kept in Active Directory). */
static enum zl_format
windows_header(const char *c, const char *end, const char **zone,
    size_t *zone_len)
{
	const char *p = find(c, end, "Database file ");
	const char *forw = p ? find(p, end, " for ") : NULL;
	if (forw == NULL)
		return ZL_FORMAT_BIND;
	static const char scope[] = " zone scope in zone ";
	const char *s = find(forw, end, scope);
	enum zl_format f = s ? ZL_FORMAT_DNSSERVERZONE : ZL_FORMAT_DNSCMD;
	const char *z = s ? s + sizeof scope - 1 : forw + 5, *ze = z;
	while (ze < end && !isspace((unsigned char)*ze))
		ze++;
	if (s) {
		if (ze - z >= 2 && ze[-1] == '.') /* the sentence's dot */
			ze--;
	} else if (ze + 5 > end || strncmp(ze, " zone", 5) != 0)
		return ZL_FORMAT_BIND;
	if (ze == z)
		return ZL_FORMAT_BIND;
	if (ze - z >= 2 && ze[-1] == '.') /* a name written absolute */
		ze--;
	*zone = z;
	*zone_len = (size_t)(ze - z);
	return f;
}

enum zl_format
zl_format_of_header(const char *c, size_t len, const char **zone,
    size_t *zone_len)
{
	const char *end = c + len, *p = c;
	*zone = NULL;
	*zone_len = 0;
	enum zl_format f = windows_header(c, end, zone, zone_len);
	if (f != ZL_FORMAT_BIND)
		return f;
	if (len >= 2 && c[0] == ';' && c[1] == ';') { /* ";; Domain:     x." */
		for (p = c + 2; p < end && (*p == ' ' || *p == '\t'); p++)
			;
		if (end - p >= 7 && strncmp(p, "Domain:", 7) == 0) {
			for (p += 7; p < end && (*p == ' ' || *p == '\t'); p++)
				;
			const char *ze = p;
			while (ze < end && !isspace((unsigned char)*ze))
				ze++;
			if (ze - p >= 2 && ze[-1] == '.') /* written absolute */
				ze--;
			if (ze > p) {
				*zone = p;
				*zone_len = (size_t)(ze - p);
			}
			return ZL_FORMAT_CLOUDFLARE;
		}
	}
	if (find(c, end, "Exported zone file from Azure DNS"))
		return ZL_FORMAT_AZURE;
	if (find(c, end, "<<>> DiG ") && has_nocase(c, end, "axfr"))
		return ZL_FORMAT_DIG_AXFR;
	return ZL_FORMAT_BIND;
}

/* True when the SOA's mailbox is the name given. */
static bool
rname_is(const ldns_rr *soa, const char *name)
{
	const ldns_rdf *rname = ldns_rr_rdf(soa, 1);
	ldns_rdf *want = ldns_dname_new_frm_str(name);
	bool same = rname && want &&
	    ldns_rdf_get_type(rname) == LDNS_RDF_TYPE_DNAME &&
	    ldns_dname_compare(rname, want) == 0;
	ldns_rdf_deep_free(want);
	return same;
}

enum zl_format
zl_format_of_soa(const ldns_rr *soa)
{
	if (ldns_rr_get_type(soa) != LDNS_RR_TYPE_SOA || ldns_rr_rd_count(soa) < 2)
		return ZL_FORMAT_BIND;
	if (rname_is(soa, "cloud-dns-hostmaster.google.com."))
		return ZL_FORMAT_GCLOUD;
	if (rname_is(soa, "awsdns-hostmaster.amazon.com."))
		return ZL_FORMAT_CLI53;
	return ZL_FORMAT_BIND;
}

bool
zl_format_cf_proxied(const char *c, size_t len)
{
	const char *end = c + len, *t = find(c, end, "cf_tags=");
	return t && find(t, end, "cf-proxied:true") != NULL;
}
