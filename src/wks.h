/* wks.h: WKS records without the network.
 *
 * ldns reads and prints WKS with getprotobyname, getservbyname and
 * getservbyport, which may ask NIS, LDAP or SSSD through nsswitch, share
 * one static buffer between threads, and answer by the machine's
 * /etc/services.  Here a built-in table (IANA's well-known ports, as in
 * Debian's /etc/services) names them, and the data is printed in numbers
 * as BIND does (named-checkzone -D): "192.0.2.1 6 25 53". */
#ifndef ZL_WKS_H
#define ZL_WKS_H

#include <ldns/ldns.h>

#include "field.h"

/* The port of service name for protocol (6 tcp, 17 udp), by the table or
 * as a number; -1 when it is neither. */
long zl_wks_port(const char *name, size_t len, unsigned protocol);

/* address protocol service...: into "\# N HEX" (see zl_encoder). */
zl_encoder zl_wks_encode;

/* A WKS record as ldns_rr2str prints others, its data in numbers: a
 * string to free(), or NULL when rr's data is not a WKS record's. */
char *zl_wks_rr_str(const ldns_rr *rr);

#endif
