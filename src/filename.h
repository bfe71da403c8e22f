/* filename.h: what a zone file's name says: the zone it names, or that
 * it holds root hints.  Pure functions of the name (no file is read). */
#ifndef ZL_FILENAME_H
#define ZL_FILENAME_H

#include <stdbool.h>

enum zl_guess_kind {
	ZL_GUESS_NONE,     /* the name says nothing */
	ZL_GUESS_NAMED,    /* NAME.zone, NAME.dns, NAME.db, db.NAME */
	ZL_GUESS_BARE,     /* the file is named as the domain: example.net */
	ZL_GUESS_REVERSED, /* db.192.168.1: a network, its reverse zone */
	ZL_GUESS_ROOT,     /* root.zone, db.root: the root zone */
};

struct zl_guess {
	enum zl_guess_kind kind;
	char *origin;      /* absolute, in a new string; NULL with NONE */
	const char *written; /* what the name said (the base name) */
};

/* The zone a file's name implies: NAME.zone, NAME.dns, NAME.db and
 * db.NAME (a trailing .signed set aside); a network's octets
 * (db.192.168.1) are its reverse zone, 1.168.192.in-addr.arpa.; "root"
 * is the root zone; a bare name of two or more labels ending in a
 * letters-only label that is no common file extension (example.net) is
 * that domain.  Free out->origin. */
void zl_guess_origin(const char *path, struct zl_guess *out);
/* The same for a DNS Manager list (dnsmgr.h), which DNS Manager names
 * as the user asks: NAME.txt or NAME.csv names zone NAME. */
void zl_guess_origin_list(const char *path, struct zl_guess *out);
/* The n bytes of s ("192.168.1", "com.example.", no escapes) with the
 * labels in reverse order, a dot after each, then suffix: a new string
 * ("1.168.192." + "in-addr.arpa.", "example.com." + ""). */
char *zl_labels_reversed(const char *s, size_t n, const char *suffix);
/* The zone path's name implies, or NULL (any kind but NONE). */
char *zl_origin_from_filename(const char *path);
/* True when the name alone marks a zone file (NAME.zone, NAME.dns,
 * NAME.db, db.NAME), so a folder walk reads it without looking in. */
bool zl_named_like_zone(const char *path);
/* True for the names root hints go by: CACHE.dns (Windows), named.root,
 * named.cache, root.hints, db.root, db.cache, root.cache. */
bool zl_named_like_hints(const char *path);

#endif
