/* out_html_svg.c: the picture of the views in the HTML report, as inline
 * SVG: the zones of each view (pinpoint zones marked), then for each
 * domain the names clients look up in it and which zone answers each for
 * internal and for external clients, or that it falls through to public
 * DNS.  A zone or an answer that findings concern is drawn in the worst
 * one's colour, with their rule ids in its tooltip.  Its size follows
 * the picture's bounds (ZL_PIC_ZONES, ZL_PIC_DOMAINS). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "out_html_svg.h"
#include "registry.h"

#define W 960           /* the drawing's width */
#define ROW 28          /* one row's height */
#define NAME_W 330      /* the names' column */
#define COL_X (NAME_W + 20)
#define COL_W ((W - COL_X - 20) / 2)

/* The rule groups that colour a zone of the picture: what the internal
 * view lacks or shadows, what the external view leaks. */
static const char *const internal_groups[] = {"split-", NULL};
static const char *const external_groups[] = {"leak-", NULL};

static const char *
fill(int sev)
{
	return sev == ZL_ERROR ? "#fde0dc" : sev == ZL_WARNING ? "#fff1d6" :
	    sev == ZL_NOTE ? "#e3eefc" : "#e6f4e7";
}

static const char *
stroke(int sev)
{
	return sev == ZL_ERROR ? "#c62828" : sev == ZL_WARNING ? "#b26a00" :
	    sev == ZL_NOTE ? "#1565c0" : "#2e7d32";
}

/* A box with text; dashed for what is not answered from a zone. */
static void
box(FILE *fp, int x, int y, int w, int sev, bool dashed, const char *ids)
{
	fprintf(fp, "<g class=\"%s\">", sev >= 0 ? zl_html_sev(sev) : "ok");
	if (ids && *ids) {
		fputs("<title>", fp);
		zl_html_text(fp, ids);
		fputs("</title>", fp);
	}
	fprintf(fp, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\" "
	    "fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"%s/>", x, y, w, ROW - 6,
	    dashed && sev < 0 ? "#f4f4f4" : fill(sev),
	    dashed && sev < 0 ? "#888" : stroke(sev), sev >= 0 ? 3 : 1,
	    dashed ? " stroke-dasharray=\"6 3\"" : "");
}

/* Characters of UTF-8 text (its continuation bytes not counted). */
static size_t
chars(const char *s)
{
	size_t n = 0;
	for (; s && *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* Text at x, y; pre and post are markup, s comes from input.  Text
 * wider than max pixels (0: no limit) is squeezed into it. */
static void
fitted(FILE *fp, int x, int y, int max, const char *pre, const char *s,
    const char *post)
{
	fprintf(fp, "<text x=\"%d\" y=\"%d\"", x, y + ROW / 2 + 1);
	if (max > 0 && (int)((chars(pre) + chars(s) + chars(post)) * 7) > max)
		fprintf(fp, " textLength=\"%d\" lengthAdjust=\"spacingAndGlyphs\"",
		    max);
	fputc('>', fp);
	fputs(pre, fp);
	if (s)
		zl_html_text(fp, s);
	fputs(post, fp);
	fputs("</text>\n", fp);
}

static void
label(FILE *fp, int x, int y, const char *pre, const char *s, const char *post)
{
	fitted(fp, x, y, 0, pre, s, post);
}

/* The zones of one view (and internal server), as a row of boxes. */
static int
zones_of(FILE *fp, const struct zl_diags *d, const struct zl_picture *p,
    enum zl_view view, unsigned server, int y)
{
	int x = COL_X, n = 0;
	for (size_t i = 0; i < p->nzones; i++) {
		const struct zl_pic_zone *z = &p->zones[i];
		if (z->view != view || (view == ZL_VIEW_INTERNAL && z->server != server))
			continue;
		const char *pre = z->pinpoint ? "\xe2\x97\x86 " : "";
		const char *post = z->pinpoint ? " (pinpoint)" : z->same_as_public ?
		    " (the whole public zone)" : "";
		int w = 7 * (int)(chars(pre) + chars(z->origin) + chars(post)) + 24;
		w = w < 120 ? 120 : w > W - 10 - COL_X ? W - 10 - COL_X : w;
		if (x + w > W - 10) {
			x = COL_X;
			y += ROW;
		}
		char ids[256] = "";
		int sev = zl_html_worst(d, &(struct zl_html_match){z->origin, view,
		    true, false, view == ZL_VIEW_INTERNAL ? internal_groups :
		    external_groups, true, z->file}, ids, sizeof ids);
		box(fp, x, y, w, sev, false, ids);
		fitted(fp, x + 6, y, w - 12, pre, z->origin, post);
		fputs("</g>\n", fp);
		x += w + 8;
		n++;
	}
	if (n == 0)
		label(fp, COL_X, y, "<tspan class=\"none\">", NULL, "none given</tspan>");
	return y + ROW;
}

static const char *
server_title(const struct zl_picture *p, unsigned s)
{
	return p->servers[s] ? p->servers[s] : "internal DNS";
}

static int
zones_part(FILE *fp, const struct zl_diags *d, const struct zl_picture *p,
    int y)
{
	for (unsigned s = 0; s < p->nservers; s++) {
		label(fp, 10, y, p->nservers > 1 ? "<tspan class=\"h\">Internal "
		    "view: " : "<tspan class=\"h\">Internal view",
		    p->nservers > 1 ? server_title(p, s) : NULL, "</tspan>");
		y = zones_of(fp, d, p, ZL_VIEW_INTERNAL, s, y);
	}
	if (p->nservers == 0) {
		label(fp, 10, y, "<tspan class=\"h\">Internal view</tspan>", NULL, "");
		y = zones_of(fp, d, p, ZL_VIEW_INTERNAL, 0, y);
	}
	label(fp, 10, y, "<tspan class=\"h\">External view</tspan>", NULL, "");
	y = zones_of(fp, d, p, ZL_VIEW_EXTERNAL, 0, y);
	if (p->zones_left)
		fprintf(fp, "<text x=\"10\" y=\"%d\">and %zu more zones</text>",
		    (y += ROW) - 8, p->zones_left);
	return y;
}

/* One answer's cell: the zone, and how. */
static void
cell(FILE *fp, const struct zl_diags *d, const struct zl_picture *p,
    const struct zl_pic_row *r, const struct zl_pic_answer *a, enum zl_view view,
    int x, int y, int w)
{
	char ids[256] = "";
	/* an internal server's own zone: the findings in that copy */
	bool own = view == ZL_VIEW_INTERNAL && !a->forwarded && a->zone >= 0;
	int sev = zl_html_worst(d, &(struct zl_html_match){r->name, view, false,
	    false, NULL, own, own ? p->zones[a->zone].file : 0}, ids, sizeof ids);
	if (view == ZL_VIEW_INTERNAL) { /* what internal DNS lacks for it */
		int s2 = zl_html_worst(d, &(struct zl_html_match){r->name, view,
		    false, true, internal_groups, false, 0}, ids, sizeof ids);
		sev = s2 > sev ? s2 : sev;
	}
	const char *zone = a->zone >= 0 ? p->zones[a->zone].origin : NULL;
	bool pin = a->zone >= 0 && p->zones[a->zone].pinpoint && !a->forwarded;
	box(fp, x, y, w, sev, a->forwarded || a->how != ZL_PIC_HOLDS, ids);
	const char *pre = a->forwarded ? "\xe2\x86\x92 public DNS: " : "";
	if (a->how == ZL_PIC_HOLDS)
		fitted(fp, x + 6, y, w - 12, pin ? "\xe2\x97\x86 " : pre, zone, "");
	else if (a->how == ZL_PIC_LACKS)
		fitted(fp, x + 6, y, w - 12, pre, zone, " (no such name)");
	else
		fitted(fp, x + 6, y, w - 12, a->forwarded ? "\xe2\x86\x92 public "
		    "DNS (not given)" : "public DNS (not given)", NULL, "");
	fputs("</g>\n", fp);
}

static int
rows_part(FILE *fp, const struct zl_diags *d, const struct zl_picture *p,
    int y)
{
	label(fp, 10, y, "<tspan class=\"h\">Name looked up</tspan>", NULL, "");
	label(fp, COL_X, y, "<tspan class=\"h\">Internal clients get it from"
	    "</tspan>", NULL, "");
	label(fp, COL_X + COL_W + 10, y, "<tspan class=\"h\">External clients "
	    "get it from</tspan>", NULL, "");
	y += ROW;
	size_t dom = (size_t)-1;
	unsigned ns = p->nservers ? p->nservers : 1;
	int sw = (COL_W - 4 * ((int)ns - 1)) / (int)ns;
	for (size_t i = 0; i < p->nrows; i++) {
		const struct zl_pic_row *r = &p->rows[i];
		if (r->domain != dom) {
			dom = r->domain;
			label(fp, 10, y, "<tspan class=\"h\">SIP domain ",
			    p->domains[dom].name, "</tspan>");
			label(fp, COL_X, y, "<tspan class=\"src\">from ",
			    p->domains[dom].source, "</tspan>");
			y += ROW;
		}
		fitted(fp, 20, y, NAME_W - 20, "", r->name, "");
		for (unsigned s = 0; s < p->nservers; s++)
			cell(fp, d, p, r, &r->internal[s], ZL_VIEW_INTERNAL,
			    COL_X + (int)s * (sw + 4), y, sw);
		if (p->nservers == 0)
			label(fp, COL_X, y, "<tspan class=\"none\">no internal view "
			    "given</tspan>", NULL, "");
		if (p->external)
			cell(fp, d, p, r, &r->external, ZL_VIEW_EXTERNAL,
			    COL_X + COL_W + 10, y, COL_W);
		else
			label(fp, COL_X + COL_W + 10, y, "<tspan class=\"none\">no "
			    "external view given</tspan>", NULL, "");
		y += ROW;
	}
	if (p->domains_left)
		fprintf(fp, "<text x=\"10\" y=\"%d\">and more SIP domains (%zu "
		    "names left out)</text>", (y += ROW) - 8, p->domains_left);
	return y;
}

/* ---- the findings the picture may draw, picked once ---- */

#define SLOTS 1024 /* above twice the names of a picture, a power of 2 */

static uint64_t
name_hash(const char *s)
{
	uint64_t h = 14695981039346656037ull;
	for (; s && *s; s++)
		h = (h ^ (uint64_t)(unsigned char)tolower((unsigned char)*s)) *
		    1099511628211ull;
	return h | 1; /* 0 marks an empty slot */
}

static void
put(uint64_t *slots, const char *name)
{
	uint64_t h = name_hash(name);
	size_t i = h & (SLOTS - 1);
	while (slots[i] && slots[i] != h)
		i = (i + 1) & (SLOTS - 1);
	slots[i] = h;
}

static bool
has(const uint64_t *slots, const char *name)
{
	if (name == NULL)
		return false;
	uint64_t h = name_hash(name);
	for (size_t i = h & (SLOTS - 1); slots[i]; i = (i + 1) & (SLOTS - 1))
		if (slots[i] == h)
			return true;
	return false;
}

static bool
of_group(const struct zl_diag *g, const char *const *groups)
{
	const char *id = zl_registry_at(g->rule)->id;
	return strncmp(id, groups[0], strlen(groups[0])) == 0;
}

/* The findings the zones (by_zone) or the answers of the picture may
 * be drawn for: of a zone of the picture and a group that colours
 * zones; or about a name of the picture, or of the group that may name
 * one in its message.  One pass over the findings, so that drawing
 * costs the picture's size times these, not times all (a shallow copy:
 * free only .v). */
static struct zl_diags
relevant(const struct zl_diags *d, const struct zl_picture *p, bool by_zone)
{
	uint64_t slots[SLOTS] = {0};
	for (size_t i = 0; !by_zone && i < p->nrows; i++)
		put(slots, p->rows[i].name);
	for (size_t i = 0; by_zone && i < p->nzones; i++)
		put(slots, p->zones[i].origin);
	struct zl_diags r = {zl_xcalloc(d->count + 1, sizeof *r.v), 0, 0};
	for (size_t i = 0; i < d->count; i++) {
		const struct zl_diag *g = &d->v[i];
		bool split = of_group(g, internal_groups);
		if (by_zone ? has(slots, g->zone) && (split ||
		    of_group(g, external_groups)) : has(slots, g->owner) || split)
			r.v[r.count++] = *g;
	}
	return r;
}

void
zl_html_picture(FILE *fp, const struct zl_diags *all, const struct zl_picture *p)
{
	struct zl_diags zones = relevant(all, p, true);
	struct zl_diags names = relevant(all, p, false);
	/* the height is known once drawn: draw into memory first */
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	if (m == NULL) {
		perror("zonelint: the picture");
		free(zones.v);
		free(names.v);
		return;
	}
	int y = zones_part(m, &zones, p, 10);
	if (p->ndomains)
		y = rows_part(m, &names, p, y + ROW / 2);
	else
		label(m, 10, (y += ROW / 2), "<tspan class=\"none\">No SIP domain "
		    "(--sip-domain, or a Lync record in a zone)</tspan>", NULL, "");
	fclose(m);
	fprintf(fp, "<svg id=\"picture\" "
	    "role=\"img\" aria-label=\"The views, their zones and who answers "
	    "each SIP discovery name\" viewBox=\"0 0 %d %d\" width=\"%d\" "
	    "height=\"%d\">\n", W, y + ROW, W, y + ROW);
	fwrite(buf, 1, len, fp);
	fputs("</svg>\n", fp);
	free(buf);
	free(zones.v);
	free(names.v);
}
