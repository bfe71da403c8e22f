/* hostname.h: the fields of a record that name a host, for the rules on
 * host names (hygiene-hostname, hygiene-hostname-underscore). */
#ifndef ZL_RULES_HOSTNAME_H
#define ZL_RULES_HOSTNAME_H

#include "../src/zonelint.h"

/* The types with a host-name field. */
#define ZL_HOSTNAME_TYPES (ZL_T_A | ZL_T_AAAA | ZL_T_NS | ZL_T_MX | \
	ZL_T_SRV | ZL_T_SOA | ZL_T_SVCB | ZL_T_HTTPS | ZL_T_PTR)

/* A host-name field: its name, what it is ("owner", "MX target"...) and
 * where it is written; owner is true for the owner of an address record. */
struct zl_hostname_field {
	const ldns_rdf *name;
	const char *role;
	struct zl_loc at;
	bool owner;
	bool ptr;  /* a PTR target in a reverse zone */
	bool svcb; /* an SVCB or HTTPS target */
};

/* Whether f is an SVCB or HTTPS target whose first label has an
 * underscore: hygiene-hostname's error (BIND's own tests refuse it), so
 * not hygiene-hostname-underscore's warning. */
bool zl_hostname_svcb_underscore(const struct zl_hostname_field *f);

/* rec's host-name field, if it has one: the owner of a name's first A or
 * AAAA record (the others have the same owner),
 * the target of NS, MX, SRV (not "."), SVCB and HTTPS (not "."), SOA
 * MNAME, and the target of a PTR in a reverse zone (not at a DNS-SD
 * browse name, whose PTRs name domains).  False when it has none. */
bool zl_hostname_field(const struct zl_record *rec,
    struct zl_hostname_field *out);

#endif
