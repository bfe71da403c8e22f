/* wks.c: see wks.h. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "wks.h"

enum { TCP = 1, UDP = 2 };

/* The names of ports below 1024 in Debian's /etc/services (netbase),
 * aliases included, by protocol; sorted by name. */
static const struct service {
	const char *name;
	unsigned short port;
	unsigned char protocols;
} services[] = {
	{"acr-nema", 104, TCP},
	{"afpovertcp", 548, TCP},
	{"asf-rmcp", 623, UDP},
	{"auth", 113, TCP},
	{"authentication", 113, TCP},
	{"bgp", 179, TCP},
	{"biff", 512, UDP},
	{"bootpc", 68, UDP},
	{"bootps", 67, UDP},
	{"chargen", 19, TCP|UDP},
	{"clearcase", 371, UDP},
	{"cmd", 514, TCP},
	{"cmip-agent", 164, TCP|UDP},
	{"cmip-man", 163, TCP|UDP},
	{"codaauth2", 370, TCP|UDP},
	{"comsat", 512, UDP},
	{"daytime", 13, TCP|UDP},
	{"dhcpv6-client", 546, UDP},
	{"dhcpv6-server", 547, UDP},
	{"dicom", 104, TCP},
	{"discard", 9, TCP|UDP},
	{"domain", 53, TCP|UDP},
	{"domain-s", 853, TCP|UDP},
	{"echo", 7, TCP|UDP},
	{"epmap", 135, TCP},
	{"exec", 512, TCP},
	{"finger", 79, TCP},
	{"fsp", 21, UDP},
	{"fspd", 21, UDP},
	{"ftp", 21, TCP},
	{"ftp-data", 20, TCP},
	{"ftps", 990, TCP},
	{"ftps-data", 989, TCP},
	{"gdomap", 538, TCP|UDP},
	{"gopher", 70, TCP},
	{"hprop", 754, TCP},
	{"http", 80, TCP},
	{"https", 443, TCP|UDP},
	{"ident", 113, TCP},
	{"imap", 143, TCP},
	{"imap2", 143, TCP},
	{"imaps", 993, TCP},
	{"ipp", 631, TCP},
	{"ipx", 213, UDP},
	{"isakmp", 500, UDP},
	{"iso-tsap", 102, TCP},
	{"kdc", 750, TCP|UDP},
	{"kerberos", 88, TCP|UDP},
	{"kerberos-adm", 749, TCP},
	{"kerberos-iv", 750, TCP|UDP},
	{"kerberos-master", 751, TCP|UDP},
	{"kerberos-sec", 88, TCP|UDP},
	{"kerberos4", 750, TCP|UDP},
	{"kerberos5", 88, TCP|UDP},
	{"kerberos_master", 751, UDP},
	{"klogin", 543, TCP},
	{"kpasswd", 464, TCP|UDP},
	{"krb-prop", 754, TCP},
	{"krb5", 88, TCP|UDP},
	{"krb5_prop", 754, TCP},
	{"krb_prop", 754, TCP},
	{"krcmd", 544, TCP},
	{"kshell", 544, TCP},
	{"ldap", 389, TCP|UDP},
	{"ldaps", 636, TCP|UDP},
	{"ldp", 646, TCP|UDP},
	{"loc-srv", 135, TCP},
	{"login", 513, TCP},
	{"mail", 25, TCP},
	{"mailq", 174, TCP},
	{"microsoft-ds", 445, TCP},
	{"moira-db", 775, TCP},
	{"moira-update", 777, TCP},
	{"moira-ureg", 779, UDP},
	{"moira_db", 775, TCP},
	{"moira_update", 777, TCP},
	{"moira_ureg", 779, UDP},
	{"netbios-dgm", 138, UDP},
	{"netbios-ns", 137, UDP},
	{"netbios-ssn", 139, TCP},
	{"netstat", 15, TCP},
	{"nicname", 43, TCP},
	{"nntp", 119, TCP},
	{"nntps", 563, TCP},
	{"nqs", 607, TCP},
	{"ntalk", 518, UDP},
	{"ntp", 123, UDP},
	{"null", 9, TCP|UDP},
	{"passwd-server", 752, UDP},
	{"passwd_server", 752, UDP},
	{"pawserv", 345, TCP},
	{"pop-3", 110, TCP},
	{"pop3", 110, TCP},
	{"pop3s", 995, TCP},
	{"poppassd", 106, TCP},
	{"portmapper", 111, TCP|UDP},
	{"printer", 515, TCP},
	{"ptp-event", 319, UDP},
	{"ptp-general", 320, UDP},
	{"qmqp", 628, TCP},
	{"qmtp", 209, TCP},
	{"qotd", 17, TCP},
	{"quote", 17, TCP},
	{"readnews", 119, TCP},
	{"route", 520, UDP},
	{"routed", 520, UDP},
	{"router", 520, UDP},
	{"rpc2portmap", 369, TCP|UDP},
	{"rsync", 873, TCP},
	{"rtsp", 554, TCP|UDP},
	{"saft", 487, TCP},
	{"shell", 514, TCP},
	{"silc", 706, TCP},
	{"sink", 9, TCP|UDP},
	{"smtp", 25, TCP},
	{"smtps", 465, TCP},
	{"smux", 199, TCP},
	{"snmp", 161, TCP|UDP},
	{"snmp-trap", 162, TCP|UDP},
	{"snmptrap", 162, TCP|UDP},
	{"snntp", 563, TCP},
	{"snpp", 444, TCP},
	{"source", 19, TCP|UDP},
	{"spamd", 783, TCP},
	{"spooler", 515, TCP},
	{"ssh", 22, TCP},
	{"ssmtp", 465, TCP},
	{"submission", 587, TCP},
	{"submissions", 465, TCP},
	{"sunrpc", 111, TCP|UDP},
	{"supfilesrv", 871, TCP},
	{"svrloc", 427, TCP|UDP},
	{"syslog", 514, TCP|UDP},
	{"systat", 11, TCP},
	{"tacacs", 49, TCP|UDP},
	{"talk", 517, UDP},
	{"tap", 113, TCP},
	{"tcpmux", 1, TCP},
	{"telnet", 23, TCP},
	{"telnets", 992, TCP},
	{"tftp", 69, UDP},
	{"time", 37, TCP|UDP},
	{"timserver", 37, TCP|UDP},
	{"tinc", 655, TCP|UDP},
	{"tsap", 102, TCP},
	{"ttytst", 19, TCP|UDP},
	{"untp", 119, TCP},
	{"urd", 465, TCP},
	{"users", 11, TCP},
	{"uucp", 540, TCP},
	{"uucpd", 540, TCP},
	{"wais", 210, TCP},
	{"who", 513, UDP},
	{"whod", 513, UDP},
	{"whois", 43, TCP},
	{"www", 80, TCP},
	{"xdmcp", 177, UDP},
	{"z3950", 210, TCP},
	{"zserv", 346, TCP},
};

/* The number in f, if it is one of at most digits digits; else -1. */
static long
number(const char *s, size_t len, size_t digits)
{
	char buf[8];
	if (len == 0 || len > digits || strspn(s, "0123456789") < len)
		return -1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return strtol(buf, NULL, 10);
}

long
zl_wks_port(const char *name, size_t len, unsigned protocol)
{
	long port = number(name, len, 5);
	if (port >= 0)
		return port <= 65535 ? port : -1;
	unsigned want = protocol == 6 ? TCP : protocol == 17 ? UDP : 0;
	size_t lo = 0, hi = sizeof services / sizeof services[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncasecmp(name, services[mid].name, len);
		if (c == 0 && services[mid].name[len] != '\0')
			c = -1; /* name is a prefix of it */
		if (c == 0) /* each name is there once */
			return services[mid].protocols & want ?
			    services[mid].port : -1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

static long
protocol_number(const struct zl_field *f)
{
	if (f->len == 3 && strncasecmp(f->text, "tcp", 3) == 0)
		return 6;
	if (f->len == 3 && strncasecmp(f->text, "udp", 3) == 0)
		return 17;
	long n = number(f->text, f->len, 3);
	return n <= 255 ? n : -1;
}

size_t
zl_wks_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	uint8_t w[4 + 1 + 8192] = {0}; /* address, protocol, bitmap */
	char addr[INET_ADDRSTRLEN];
	*bad = 0;
	if (n < 2) {
		*bad = n;
		snprintf(why, whysize, "an address and a protocol are needed");
		return 0;
	}
	if (f[0].len >= sizeof addr) {
		snprintf(why, whysize, "not an IPv4 address");
		return 0;
	}
	memcpy(addr, f[0].text, f[0].len);
	addr[f[0].len] = '\0';
	if (inet_pton(AF_INET, addr, w) != 1) {
		snprintf(why, whysize, "not an IPv4 address");
		return 0;
	}
	long proto = protocol_number(&f[1]);
	if (proto < 0) {
		*bad = 1;
		snprintf(why, whysize, "the protocol is tcp, udp or a number from "
		    "0 to 255");
		return 0;
	}
	w[4] = (uint8_t)proto;
	size_t len = 5;
	for (size_t k = 2; k < n; k++) {
		long port = zl_wks_port(f[k].text, f[k].len, (unsigned)proto);
		if (port < 0) {
			*bad = k;
			snprintf(why, whysize, proto == 6 || proto == 17 ?
			    "not a port number or a well-known service name" :
			    "not a port number from 0 to 65535");
			return 0;
		}
		w[5 + port / 8] |= (uint8_t)(0x80 >> (port % 8));
		if (5 + (size_t)port / 8 + 1 > len)
			len = 5 + (size_t)port / 8 + 1;
	}
	size_t o = zl_generic_text(w, len, out, cap);
	if (o == 0) {
		snprintf(why, whysize, "too long");
		return 0;
	}
	return o;
}

char *
zl_wks_rr_str(const ldns_rr *rr)
{
	if (ldns_rr_rd_count(rr) != 2 ||
	    ldns_rdf_get_type(ldns_rr_rdf(rr, 0)) != LDNS_RDF_TYPE_A ||
	    ldns_rdf_size(ldns_rr_rdf(rr, 0)) != 4 ||
	    ldns_rdf_size(ldns_rr_rdf(rr, 1)) < 1)
		return NULL;
	const uint8_t *a = ldns_rdf_data(ldns_rr_rdf(rr, 0));
	const uint8_t *d = ldns_rdf_data(ldns_rr_rdf(rr, 1));
	size_t bits = (ldns_rdf_size(ldns_rr_rdf(rr, 1)) - 1) * 8;
	char *owner = ldns_rdf2str(ldns_rr_owner(rr));
	char *cls = ldns_rr_class2str(ldns_rr_get_class(rr));
	if (owner == NULL || cls == NULL) {
		free(owner);
		free(cls);
		return NULL;
	}
	size_t cap = strlen(owner) + strlen(cls) + 64 + 6 * bits, o;
	char *s = zl_xmalloc(cap);
	o = (size_t)snprintf(s, cap, "%s\t%u\t%s\tWKS\t%u.%u.%u.%u %u", owner,
	    ldns_rr_ttl(rr), cls, a[0], a[1], a[2], a[3], d[0]);
	for (size_t p = 0; p < bits; p++)
		if (d[1 + p / 8] & (0x80 >> (p % 8)))
			o += (size_t)snprintf(s + o, cap - o, " %zu", p);
	snprintf(s + o, cap - o, "\n");
	free(owner);
	free(cls);
	return s;
}
