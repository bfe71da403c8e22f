/*
 * input-provider-record: a record in a DNS provider's own form, read the
 * provider's way.
 *
 * The reader reports two of them as it reads (src/read_record.c): the
 * SOA owner Cloudflare writes without its final dot, and cli53's
 * "AWS ALIAS" pseudo-records.  The third, Cloudflare's proxied records,
 * the reader counts (zl_zone_proxied), and this rule reports once per
 * zone, at the first: a Cloudflare zone often proxies most of its web
 * names, and a note on each would bury the findings that matter under
 * the same sentence many times over.
 */
#include "../src/zonelint.h"

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	unsigned long n;
	struct zl_loc at = zl_zone_proxied(zone, &n);
	if (at.line == 0)
		return;
	zl_report(ctx, at, "%lu record%s proxied by Cloudflare (cf_tags="
	    "cf-proxied:true), this the first: their A, AAAA or CNAME data is "
	    "the origin server, which resolvers never see; they get "
	    "Cloudflare's addresses", n, n == 1 ? " is" : "s are");
}

const struct zl_rule rule_input_provider_record = {
	.id = "input-provider-record",
	.severity = ZL_NOTE,
	.on_zone_end = on_zone_end,
	.summary = "record in a DNS provider's own form",
	.why =
	    "DNS providers export zones as zone files, with records of their\n"
	    "own that mean something other than the zone-file text says.\n"
	    "Cloudflare marks proxied records \"; cf_tags=cf-proxied:true\":\n"
	    "their data is the origin server, and resolvers get Cloudflare's\n"
	    "own addresses instead; Cloudflare also writes the SOA's owner\n"
	    "without its final dot, which BIND reads relative to the origin\n"
	    "and refuses (\"not at top of zone\"), and which zonelint reads as\n"
	    "the zone the header names.  cli53 writes a Route 53 alias as a\n"
	    "pseudo-record of class AWS, type ALIAS, which Route 53 answers\n"
	    "with its target's records.  zonelint reads each the provider's\n"
	    "way and says so in a note, so that a reader of its findings knows\n"
	    "which data is not what resolvers see.  Proxied records get one\n"
	    "note per zone, at the first, with their number: a Cloudflare zone\n"
	    "often proxies most of its names.  Cloudflare's TTL 1 means\n"
	    "\"automatic\" and gets no note; no TTL rule fires on it.",
	.bad =
	    ";;\n"
	    ";; Domain:     example.com.\n"
	    ";;\n"
	    "example.com.\t3600\tIN\tSOA\tada.ns.cloudflare.com. "
	    "dns.cloudflare.com. 2049453583 10000 2400 604800 3600\n"
	    "example.com.\t86400\tIN\tNS\tada.ns.cloudflare.com.\n"
	    "example.com.\t86400\tIN\tNS\tbob.ns.cloudflare.com.\n"
	    "www.example.com.\t1\tIN\tA\t192.0.2.7 ; cf_tags=cf-proxied:true\n",
	.good =
	    ";;\n"
	    ";; Domain:     example.com.\n"
	    ";;\n"
	    "example.com.\t3600\tIN\tSOA\tada.ns.cloudflare.com. "
	    "dns.cloudflare.com. 2049453583 10000 2400 604800 3600\n"
	    "example.com.\t86400\tIN\tNS\tada.ns.cloudflare.com.\n"
	    "example.com.\t86400\tIN\tNS\tbob.ns.cloudflare.com.\n"
	    "www.example.com.\t1\tIN\tA\t192.0.2.7 ; cf_tags=cf-proxied:false\n",
	.fix =
	    "Nothing to fix in the export.  Before loading it into another\n"
	    "server: give the SOA's owner its final dot, replace proxied\n"
	    "records by the addresses the new provider should answer with, and\n"
	    "write each AWS ALIAS as the records of its target (or the new\n"
	    "provider's own alias).  To silence the note for a zone whose\n"
	    "proxied records are known: \"; zonelint: ignore-file\n"
	    "input-provider-record\".",
	.refs =
	    "Cloudflare, \"Import and export records\" (BIND file export);\n"
	    "cli53 README (AWS ALIAS extension)",
};
