/* picture.h: the views as the HTML report draws them: the zones of each
 * view (pinpoint zones marked), the service domains, and for each name
 * clients look up in a domain which zone answers it for internal and for
 * external clients, or that it falls through to public DNS.  Built from
 * the engine's resolution model (zl_zones_for) once the run is over; it
 * holds no finding and names no rule. */
#ifndef ZL_PICTURE_H
#define ZL_PICTURE_H

#include "engine.h"

/* The names clients look up under a domain D to find its services:
 * "prefix.D".  A name of one marked names_domain, with a record of the
 * types in want (ZL_T_*), makes D a domain of the picture.  The rules'
 * data defines the list (rules/sip_data.c), so the engine names none. */
struct zl_lookup {
	const char *prefix;   /* "_sipinternaltls._tcp", "lyncdiscover" */
	uint32_t want;        /* ZL_T_SRV, or ZL_T_A | ZL_T_AAAA | ZL_T_CNAME */
	bool names_domain;
};
extern const struct zl_lookup zl_lookups[];
extern const size_t zl_lookup_count;

/* The picture draws at most this many domains, zones and names: the
 * rest are counted (a directory of thousands of zones stays readable). */
#define ZL_PIC_DOMAINS 16
#define ZL_PIC_ZONES 64

struct zl_pic_zone {
	const char *origin;   /* "contoso.com.", or "?" when unknown */
	const char *path;     /* as named on the command line */
	uint32_t file;        /* its top file's id (zl_file_intern) */
	enum zl_view view;
	unsigned server;
	bool pinpoint;        /* internal, holding names at its apex only */
	bool same_as_public;  /* internal, with the apex of an external zone */
};

enum zl_pic_how {
	ZL_PIC_NONE,          /* no zone of the view covers the name */
	ZL_PIC_HOLDS,         /* the zone holds the name */
	ZL_PIC_LACKS,         /* the zone covers it without it: NXDOMAIN */
};
struct zl_pic_answer {
	enum zl_pic_how how;
	int zone;             /* index in zones, or -1 */
	/* internal: no zone of the server covers it, so it is forwarded and
	 * external DNS answers (how and zone are then the external view's;
	 * ZL_PIC_NONE: public DNS beyond what was given) */
	bool forwarded;
};
struct zl_pic_row {
	char *name;           /* "_sipinternaltls._tcp.contoso.com." */
	size_t domain;        /* index in domains */
	struct zl_pic_answer internal[ZL_MAX_SERVERS];
	struct zl_pic_answer external;
};
struct zl_pic_domain {
	char *name;           /* "contoso.com." */
	char *source;         /* "--sip-domain", or "_sip._tls SRV, at
	                       * external/x.zone:13 (the name's first record)" */
};

struct zl_picture {
	struct zl_pic_zone zones[ZL_PIC_ZONES];
	size_t nzones, zones_left;     /* drawn, and left out */
	const char *servers[ZL_MAX_SERVERS]; /* NULL: the unnamed one */
	unsigned nservers;             /* 0: no internal view */
	bool external;                 /* an external view was given */
	struct zl_pic_domain domains[ZL_PIC_DOMAINS];
	size_t ndomains, domains_left;
	struct zl_pic_row *rows;
	size_t nrows;
};

/* The picture of the run (eng after zl_sched_run); free it with
 * zl_picture_free. */
struct zl_picture *zl_picture_build(struct zl_engine *eng,
    const struct zl_options *opt);
void zl_picture_free(struct zl_picture *p);

#endif
