/* sip.h: what the SIP and leak rules share: their lists (data, in
 * sip_data.c) and label-level helpers on wire-format names. */
#ifndef ZL_SIP_H
#define ZL_SIP_H

#include "../src/options.h"
#include "../src/zonelint.h"

enum sip_kind {
	SIP_SIGNIN,        /* clients find their sign-in server here */
	SIP_INTERNAL_ONLY, /* the same, meant for internal DNS only */
	SIP_FEDERATION,    /* server to server: no client-side domain rule */
};

struct sip_service {
	const char *service, *proto; /* "_sipinternaltls", "_tcp" */
	uint16_t port;               /* the documented port */
	enum sip_kind kind;
	/* Only Lync and Skype for Business use it, so its owner's domain is
	 * a Lync SIP domain.  _sip._tcp and _xmpp-server._tcp are services
	 * of their own (RFC 3263, RFC 6120) that Lync uses too: they are
	 * held to Lync's rules only in a domain that is one already. */
	bool lync;
};
extern const struct sip_service sip_services[];
extern const size_t sip_service_count;

/* Services of their own, not Lync's, that share a label with one of
 * sip_services ("_sip._udp"): never a misspelling of it. */
extern const char *const sip_other_services[];
extern const size_t sip_other_service_count;

/* Names never public: TLDs and special-use domains, absolute. */
extern const char *const internal_domains[];
extern const size_t internal_domain_count;

/* Targets Microsoft documents for its hosted service: name suffixes. */
extern const char *const hosted_sip_targets[];
extern const size_t hosted_sip_target_count;

struct addr_range {
	const char *prefix;   /* "10.0.0.0/8" */
	const char *what;     /* "private (RFC 1918)" */
	bool documentation;   /* public in examples: only when asked */
};
extern const struct addr_range special_ranges[];
extern const size_t special_range_count;

/* The SIP service an SRV owner names (its first two labels), or NULL;
 * *domain is then the rest of the owner (a view into it). */
const struct sip_service *sip_service_of(const ldns_rdf *owner,
    ldns_rdf *domain);
/* The SIP service an SRV record offers (sip_service_of its owner), or
 * NULL: another type, or a null SRV, whose target "." says the service
 * is decidedly not available (RFC 2782), which no SIP rule checks. */
const struct sip_service *sip_srv_service(const ldns_rr *rr,
    ldns_rdf *domain);
/* True when name ends with the text suffix ("online.lync.com."). */
bool sip_name_ends_with(const ldns_rdf *name, const char *suffix);
/* Parses a list of absolute names (once, into rule state). */
void sip_names_load(struct zl_names *out, const char *const *list, size_t n);
/* The internal domain name is under (builtin list or --internal-domain)
 * as text in buf, "a single-label name", or NULL when it is public. */
const char *sip_internal_domain(const ldns_rdf *name,
    const struct zl_names *builtin, const struct zl_options *opt, char *buf,
    size_t size);

/* SIP SRV records seen, kept by the cross-view rules (they are few). */
struct sip_srv {
	ldns_rdf *owner, *target;
	const struct sip_service *svc;
	enum zl_view view;
	unsigned server;      /* of an internal record (zl_zone_server) */
	struct zl_loc loc, target_loc;
};
struct sip_srvs {
	struct sip_srv *v;
	size_t count, cap;
};
void sip_srvs_add(struct sip_srvs *l, const struct zl_record *rec,
    const struct sip_service *svc);
void sip_srvs_free(struct sip_srvs *l);

/* How a DNS server of view answers name: the zone that holds it (the
 * longest matching apex of that view; for the internal view, of that
 * internal DNS server, and a name none of its zones covers is forwarded
 * to the external view).  NULL when no loaded zone covers name: the
 * answer is unknown, never "missing". */
const struct zl_zone *sip_resolve(struct zl_ctx *ctx, enum zl_view view,
    unsigned server, const ldns_rdf *name, bool *forwarded);
/* The types name has in zone (0 when it has none). */
uint32_t sip_types(const struct zl_zone *zone, const ldns_rdf *name);

/* The run's Lync / Skype for Business SIP domains: --sip-domain (and the
 * .zonelint key sip-domain), then each domain that a Microsoft-specific
 * record names, in either view: an SRV of a service marked lync
 * (_sipinternaltls._tcp, _sipinternal._tcp, _sip._tls,
 * _sipfederationtls._tcp) or a name lyncdiscover.D or
 * lyncdiscoverinternal.D.  Each rule that needs them keeps its own set
 * (rules share no state); it is complete once every zone is read, so
 * rules decide in on_run_end. */
struct sip_domain {
	ldns_rdf *name;
	const char *option;   /* the option's source, or NULL: see loc */
	struct zl_loc loc;    /* else the first record that named it */
	const struct sip_service *svc; /* that record's service, or NULL: */
	const char *what;     /* its name's first label ("lyncdiscover") */
};
struct sip_domains {
	struct sip_domain *v;
	size_t count, cap;
	uint32_t *slots;      /* domain number + 1 by name hash */
	size_t nslots;
};
/* The types of record sip_domains_note learns from. */
#define SIP_DOMAIN_TYPES (ZL_T_SRV | ZL_T_A | ZL_T_AAAA | ZL_T_CNAME)
void sip_domains_start(struct sip_domains *s, const struct zl_options *opt);
/* Adds the domain rec shows to be a Lync SIP domain, if it shows one. */
void sip_domains_note(struct sip_domains *s, const struct zl_record *rec);
/* Adds name to s as a plain set of names (no source). */
void sip_domains_add(struct sip_domains *s, const ldns_rdf *name,
    struct zl_loc loc);
/* The domain name is, or NULL. */
const struct sip_domain *sip_domains_find(const struct sip_domains *s,
    const ldns_rdf *name);
void sip_domains_free(struct sip_domains *s);
/* The SIP rules' family: the records of SIP_DOMAIN_TYPES are noted
 * once, into one set of domains (those of --sip-domain first), not
 * once per rule. */
extern const struct zl_family sip_domains_family;
/* The family's domains, for its members. */
struct sip_domains *sip_domains_of(struct zl_ctx *ctx);

/* Findings that hold only in a Lync SIP domain, written when the record
 * is seen and reported once the domains are known. */
struct sip_later {
	struct sip_pending {
		ldns_rdf *domain;
		struct zl_loc at;
		char *msg, *fix;  /* fix may be NULL */
	} *v;
	size_t count, cap;
};
void sip_later_add(struct sip_later *l, const ldns_rdf *domain,
    struct zl_loc at, char *msg, char *fix);
/* Reports those whose domain is in s; then empties l. */
void sip_later_report(struct zl_ctx *ctx, struct sip_later *l,
    const struct sip_domains *s);
void sip_later_free(struct sip_later *l);
/* A new string, as printf would write it (zl_alloc'd: free it). */
char *sip_strf(const char *fmt, ...) ZL_PRINTF(1, 2);

#endif
