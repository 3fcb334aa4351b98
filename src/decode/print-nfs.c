// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: NFS v2/v3 (RFC 1094, RFC 1813) calls and replies over ONC RPC
 * (RFC 5531): UDP or TCP port 2049, or -T rpc. Text as tcpdump 4.99.3
 * print-nfs.c and parsenfsfh.c.
 *
 * RPC call: xid (4), type 0 (4), rpcvers (4), prog (4), vers (4), proc (4),
 * credentials and verifier (flavor (4), length (4), opaque data padded to
 * 4), then the procedure's arguments. RPC reply: xid, type 1, reply state
 * (4); accepted: verifier, accept state (4), results; denied: reject
 * state (4) and a version range or an auth state. Over TCP a record mark
 * (4: last-fragment bit, 31-bit length) comes first.
 *
 * A reply does not say which procedure it answers: the last 64 calls
 * (xid, client, server, proc, version) are kept to pair them.
 *
 * The parse walks 32-bit words by byte offset from the RPC header, so
 * that lengths from the packet never form pointers past the capture.
 */
#include <stdlib.h>
#include <string.h>

#include "dx.h"
#include "print.h"
#include "util.h"

#define NFS_PORT 2049u
#define RPC_CALL 0u
#define RPC_REPLY 1u
#define NFS_VER3 3u
#define NFSX_V2FH 32u
#define NFSX_V2FATTR 68u
#define NFSX_V3FATTR 84u
#define NFSX_V3FHMAX 64u

/* an offset no parse reaches: tcpdump's NULL word pointer */
#define NO_OFF ((uint64_t)-1)

/* generic procedure numbers (the v3 ones, and v2's mapped onto them) */
enum {
	P_NULL, P_GETATTR, P_SETATTR, P_LOOKUP, P_ACCESS, P_READLINK, P_READ, P_WRITE,
	P_CREATE, P_MKDIR, P_SYMLINK, P_MKNOD, P_REMOVE, P_RMDIR, P_RENAME, P_LINK,
	P_READDIR, P_READDIRPLUS, P_FSSTAT, P_FSINFO, P_PATHCONF, P_COMMIT,
	P_NOOP = 25
};

#define NFS_NPROCS 26u

/* v2 procedure -> generic */
static const uint8_t v2_procs[NFS_NPROCS] = {
	P_NULL, P_GETATTR, P_SETATTR, P_NOOP, P_LOOKUP, P_READLINK, P_READ, P_NOOP,
	P_WRITE, P_CREATE, P_REMOVE, P_RENAME, P_LINK, P_SYMLINK, P_MKDIR, P_RMDIR,
	P_READDIR, P_FSSTAT, P_NOOP, P_NOOP, P_NOOP, P_NOOP, P_NOOP, P_NOOP, P_NOOP, P_NOOP,
};

static const struct tok nfs_procs[] = {
	{ P_NOOP, "nop" }, { P_NULL, "null" }, { P_GETATTR, "getattr" },
	{ P_SETATTR, "setattr" }, { P_LOOKUP, "lookup" }, { P_ACCESS, "access" },
	{ P_READLINK, "readlink" }, { P_READ, "read" }, { P_WRITE, "write" },
	{ P_CREATE, "create" }, { P_MKDIR, "mkdir" }, { P_SYMLINK, "symlink" },
	{ P_MKNOD, "mknod" }, { P_REMOVE, "remove" }, { P_RMDIR, "rmdir" },
	{ P_RENAME, "rename" }, { P_LINK, "link" }, { P_READDIR, "readdir" },
	{ P_READDIRPLUS, "readdirplus" }, { P_FSSTAT, "fsstat" }, { P_FSINFO, "fsinfo" },
	{ P_PATHCONF, "pathconf" }, { P_COMMIT, "commit" },
	{ 0, NULL }
};

/* NFS status codes, with FreeBSD's errno texts */
static const struct tok nfs_status[] = {
	{ 1, "Operation not permitted" }, { 2, "No such file or directory" },
	{ 5, "Input/output error" }, { 6, "Device not configured" },
	{ 11, "Resource deadlock avoided" }, { 12, "Cannot allocate memory" },
	{ 13, "Permission denied" }, { 17, "File exists" }, { 18, "Cross-device link" },
	{ 19, "Operation not supported by device" }, { 20, "Not a directory" },
	{ 21, "Is a directory" }, { 22, "Invalid argument" }, { 26, "Text file busy" },
	{ 27, "File too large" }, { 28, "No space left on device" },
	{ 30, "Read-only file system" }, { 31, "Too many links" },
	{ 45, "Operation not supported" }, { 62, "Too many levels of symbolic links" },
	{ 63, "File name too long" }, { 66, "Directory not empty" },
	{ 69, "Disc quota exceeded" }, { 70, "Stale NFS file handle" },
	{ 71, "Too many levels of remote in path" }, { 99, "Write cache flushed to disk" },
	{ 10001, "Illegal NFS file handle" }, { 10002, "Update synchronization mismatch" },
	{ 10003, "READDIR/READDIRPLUS cookie is stale" }, { 10004, "Operation not supported" },
	{ 10005, "Buffer or request is too small" }, { 10006, "Unspecified error on server" },
	{ 10007, "Object of that type not supported" },
	{ 10008, "Request couldn't be completed in time" },
	{ 0, NULL }
};

static const struct tok write_modes[] = {
	{ 0, "unstable" }, { 1, "datasync" }, { 2, "filesync" }, { 0, NULL }
};

#define NF_BLK 3u
#define NF_CHR 4u

static const struct tok file_types[] = {
	{ 0, "NON" }, { 1, "REG" }, { 2, "DIR" }, { NF_BLK, "BLK" }, { NF_CHR, "CHR" },
	{ 5, "LNK" }, { 7, "FIFO" }, { 0, NULL }
};

static const struct tok auth_states[] = {
	{ 0, "OK" },
	{ 1, "Bogus Credentials (seal broken)" },
	{ 2, "Rejected Credentials (client should begin new session)" },
	{ 3, "Bogus Verifier (seal broken)" },
	{ 4, "Verifier expired or was replayed" },
	{ 5, "Credentials are too weak" },
	{ 6, "Bogus response verifier" },
	{ 7, "Unknown failure" },
	{ 0, NULL }
};

static const struct tok accept_states[] = {
	{ 1, "PROG_UNAVAIL" }, { 2, "PROG_MISMATCH" }, { 3, "PROC_UNAVAIL" },
	{ 4, "GARBAGE_ARGS" }, { 5, "SYSTEM_ERR" }, { 0, NULL }
};

/* ---- the RPC message being printed ------------------------------------ */

struct nfs_msg {
	const uint8_t *bp;	/* the RPC header */
	uint64_t cap;		/* bytes captured from bp */
	const uint8_t *end;	/* the message's end, for the tree */
	int nfserr;		/* an error was printed: no " [|nfs]" */
};

static int m_ttest(const struct nfs_msg *m, uint64_t off, uint64_t n)
{
	return off <= m->cap && n <= m->cap - off;
}

static uint32_t m_u32(struct dx *dx, const struct nfs_msg *m, uint64_t off)
{
	if (!m_ttest(m, off, 4))
		dx_trunc(dx);
	return GET_BE32(dx, m->bp + off);
}

static uint64_t m_u64(struct dx *dx, const struct nfs_msg *m, uint64_t off)
{
	if (!m_ttest(m, off, 8))
		dx_trunc(dx);
	return GET_BE64(dx, m->bp + off);
}

/* tok2str with tcpdump's default "#%d" */
static void put_write_mode(struct dx *dx, uint32_t v)
{
	const char *s = tok2str_or_null(write_modes, v);

	if (s)
		dx_printf(dx, " <%s>", s);
	else
		dx_printf(dx, " <#%d>", (int)v);
}

/* ---- the xid map ----------------------------------------------------- */

#define XIDMAPSIZE 64

struct xid_ent {
	uint32_t xid;		/* as the bytes are */
	uint8_t ipver;		/* 0: never used */
	uint8_t client[16];
	uint8_t server[16];
	uint32_t proc;
	uint32_t vers;
};

struct dx_nfs_state {
	struct xid_ent ent[XIDMAPSIZE];
	unsigned next;
	unsigned hint;
};

void nfs_state_free(struct dx_nfs_state *st)
{
	free(st);
}

/* the IP version at iph (4 or 6 with its checked addresses), else 0 */
static unsigned ip_addrs(struct dx *dx, const uint8_t *iph, const uint8_t **src,
			 const uint8_t **dst)
{
	unsigned ipv = GET_U8(dx, iph) >> 4;

	if (ipv == 4) {
		DX_TCHECK(dx, iph + 12, 8);
		*src = iph + 12;
		*dst = iph + 16;
		return 4;
	}
	if (ipv == 6) {
		DX_TCHECK(dx, iph + 8, 32);
		*src = iph + 8;
		*dst = iph + 24;
		return 6;
	}
	return ipv;
}

/* record a call; 0 when its procedure number is not captured */
static int xid_enter(struct dx *dx, const struct nfs_msg *m, const uint8_t *iph)
{
	const uint8_t *src = NULL, *dst = NULL;
	struct dx_nfs_state *st;
	struct xid_ent *e;
	unsigned ipv, alen;

	if (!m_ttest(m, 20, 4))
		return 0;
	ipv = ip_addrs(dx, iph, &src, &dst);
	if (ipv != 4 && ipv != 6)
		return 1;
	if (dx->replay)
		return 1;
	st = dx->nfs;
	if (!st) {
		st = calloc(1, sizeof(*st));
		if (!st)
			return 1;
		dx->nfs = st;
	}
	e = &st->ent[st->next];
	st->next = (st->next + 1) % XIDMAPSIZE;
	alen = ipv == 4 ? 4 : 16;
	memcpy(&e->xid, m->bp, 4);
	e->ipver = (uint8_t)ipv;
	memcpy(e->client, src, alen);
	memcpy(e->server, dst, alen);
	e->proc = m_u32(dx, m, 20);
	e->vers = m_u32(dx, m, 16);
	return 1;
}

/* the call a reply answers: 1 with its proc and vers */
static int xid_find(struct dx *dx, const struct nfs_msg *m, const uint8_t *iph, uint32_t *proc,
		    uint32_t *vers)
{
	const uint8_t *src = NULL, *dst = NULL;
	struct dx_nfs_state *st = dx->nfs;
	unsigned ipv, alen, i;
	uint32_t xid;

	if (dx->replay) {
		*proc = dx->replay->nfs_proc;
		*vers = dx->replay->nfs_vers;
		dx->state.nfs_found = dx->replay->nfs_found;
		dx->state.nfs_proc = *proc;
		dx->state.nfs_vers = *vers;
		return dx->replay->nfs_found;
	}
	ipv = ip_addrs(dx, iph, &src, &dst);
	if (!st)
		return 0;
	alen = ipv == 4 ? 4 : 16;
	memcpy(&xid, m->bp, 4);
	i = st->hint;
	do {
		const struct xid_ent *e = &st->ent[i];

		if (e->ipver == ipv && e->xid == xid && (ipv == 4 || ipv == 6) &&
		    memcmp(src, e->server, alen) == 0 && memcmp(dst, e->client, alen) == 0) {
			st->hint = i;
			*proc = e->proc;
			*vers = e->vers;
			dx->state.nfs_found = 1;
			dx->state.nfs_proc = e->proc;
			dx->state.nfs_vers = e->vers;
			return 1;
		}
		i = (i + 1) % XIDMAPSIZE;
	} while (i != st->hint);
	return 0;
}

/* ---- file handles (tcpdump's Parse_fh heuristics) -------------------- */

enum fh_type {
	FH_UNKNOWN, FH_AUSPEX, FH_DECOSF, FH_IRIX4, FH_SUNOS4, FH_SUNOS5, FH_ULTRIX,
	FH_VMSUCX, FH_HPUX9, FH_BSD44
};

/* VMS UCX: after a code byte, 13 bytes of printable text then NULs */
static int fh_is_ucx(struct dx *dx, const uint8_t *fh, unsigned words)
{
	int seen_nul = 0;
	unsigned i;

	if (words < 7)
		return 0;
	for (i = 1; i < 14; i++) {
		uint8_t c = GET_U8(dx, fh + i);

		if (c >= 0x20 && c <= 0x7e) {
			if (seen_nul)
				return 0;
		} else if (c == 0) {
			seen_nul = 1;
		} else {
			return 0;
		}
	}
	return 1;
}

static enum fh_type fh_guess(struct dx *dx, const uint8_t *fh, unsigned words)
{
#define B(i) GET_U8(dx, fh + (i))
	if (words < 4)
		return FH_UNKNOWN;
	if (B(0) == 0 && B(1) == 0) {
		if (B(2) == 0 && B(3) == 0)
			return FH_AUSPEX;
		if (B(4) != 0 && B(5) == 0 && B(8) == 12 && B(9) == 0)
			return FH_DECOSF;
		if (B(4) == 0 && B(5) == 8 && B(6) == 0 && B(7) == 0)
			return FH_IRIX4;
		return FH_SUNOS4;
	}
	if (B(2) == 0 && B(3) == 0) {
		if (B(6) == 0 && B(7) == 0)
			return FH_BSD44;
		if (words >= 6 && B(21) == 0 && B(23) == 0)
			return FH_ULTRIX;
		if (B(9) == 10)
			return FH_SUNOS5;
		return FH_UNKNOWN;
	}
	if (B(8) == 12 && B(9) == 0)
		return FH_DECOSF;
	if (B(8) == 0 && B(9) == 10) {
		if (B(7) == 0 && B(6) == 0 && B(5) == 0 && B(4) == 0)
			return FH_HPUX9;
		return FH_SUNOS5;
	}
	return fh_is_ucx(dx, fh, words) ? FH_VMSUCX : FH_UNKNOWN;
#undef B
}

/* " fh MAJOR,MINOR/INODE", " fh NAME/INODE" or " fh Unknown/HEX" for
 * a handle of words 32-bit words, all captured */
static void nfs_printfh(struct dx *dx, const uint8_t *fh, unsigned words)
{
	uint32_t major = 0, minor = 0, ino = 0, t;
	const char *name = NULL;
	char opaque[2 * 32 + 1] = "";
	char label[NFSX_V3FHMAX + 1];
	unsigned i, n;

	switch (fh_guess(dx, fh, words)) {
	case FH_AUSPEX:
		minor = GET_U8(dx, fh + 7);
		major = GET_U8(dx, fh + 6);
		ino = GET_BE32(dx, fh + 12);
		break;
	case FH_BSD44:
		minor = GET_U8(dx, fh);
		major = GET_U8(dx, fh + 1);
		ino = GET_LE32(dx, fh + 12);
		break;
	case FH_DECOSF:
		t = GET_LE32(dx, fh);
		minor = t & 0xfffff;
		major = (t >> 20) & 0xfff;
		ino = GET_LE32(dx, fh + 12);
		break;
	case FH_IRIX4:
		minor = GET_U8(dx, fh + 3);
		major = GET_U8(dx, fh + 2);
		ino = GET_BE32(dx, fh + 8);
		break;
	case FH_SUNOS4:
		minor = GET_U8(dx, fh + 3);
		major = GET_U8(dx, fh + 2);
		ino = GET_BE32(dx, fh + 12);
		break;
	case FH_SUNOS5:
		major = (GET_BE16(dx, fh) >> 2) & 0x3fff;
		minor = GET_BE24(dx, fh + 1) & 0x3ffff;
		ino = GET_BE32(dx, fh + 12);
		break;
	case FH_ULTRIX:
		minor = GET_U8(dx, fh);
		major = GET_U8(dx, fh + 1);
		ino = GET_LE32(dx, fh + 4);
		break;
	case FH_VMSUCX:
		/* the device name is the file system id; the first 8 bytes
		 * read as two host-order (little-endian) words */
		minor = GET_LE32(dx, fh);
		major = GET_LE32(dx, fh + 4);
		ino = (uint32_t)GET_U8(dx, fh + 26) << 24 | (uint32_t)GET_U8(dx, fh + 27) << 16 |
		      GET_LE16(dx, fh + 22);
		name = (const char *)fh + 1;
		break;
	case FH_HPUX9:
		major = GET_U8(dx, fh);
		minor = GET_BE24(dx, fh + 1);
		ino = GET_BE32(dx, fh + 12);
		break;
	case FH_UNKNOWN:
		for (i = 0; i < words * 4 && i * 2 < sizeof(opaque) - 1; i++) {
			uint8_t c = GET_U8(dx, fh + i);

			opaque[i * 2] = "0123456789ABCDEF"[c >> 4];
			opaque[i * 2 + 1] = "0123456789ABCDEF"[c & 0xf];
		}
		opaque[i * 2] = '\0';
		minor = major = 257;
		ino = 1;
		name = "Unknown";
		break;
	}
	if (name) {
		/* at most `words` characters of it, up to a NUL or a space */
		n = words < NFSX_V3FHMAX ? words : NFSX_V3FHMAX;
		for (i = 0; i < n && name[i] && name[i] != ' '; i++)
			label[i] = name[i];
		label[i] = '\0';
		dx_puts(dx, " fh ");
		dx_puts(dx, label);
		dx_putc(dx, '/');
	} else {
		dx_printf(dx, " fh %u,%u/", major, minor);
	}
	if (minor == 257)
		dx_puts(dx, opaque);
	else
		dx_putu(dx, ino);
}

/* ---- argument and result pieces -------------------------------------- */

/* a file handle (v3: its length first): the offset after it */
static uint64_t parsefh(struct dx *dx, struct nfs_msg *m, uint64_t off, int v3)
{
	uint64_t words;

	if (v3) {
		words = m_u32(dx, m, off) / 4;
		off += 4;
	} else {
		words = NFSX_V2FH / 4;
	}
	if (!m_ttest(m, off, words * 4))
		return NO_OFF;
	DX_FIELD_IN(dx, m->bp + off, words * 4, m->end, "File handle (%u bytes)",
		    (unsigned)(words * 4));
	nfs_printfh(dx, m->bp + off, (unsigned)words);
	return off + words * 4;
}

/* a file name in quotes */
static uint64_t parsefn(struct dx *dx, struct nfs_msg *m, uint64_t off)
{
	uint32_t len = m_u32(dx, m, off);
	uint64_t rounded;

	off += 4;
	if (len > UINT32_MAX - 3) {
		dx_puts(dx, "[cannot pad to 32-bit boundaries]");
		dx_print_invalid(dx);
		return NO_OFF;
	}
	rounded = ((uint64_t)len + 3) & ~(uint64_t)3;
	if (!m_ttest(m, off, rounded))
		return NO_OFF;
	DX_FIELD_IN(dx, m->bp + off, len, m->end, "Name (%u bytes)", len);
	dx_putc(dx, '"');
	if (dx_printn(dx, m->bp + off, len)) {
		dx_putc(dx, '"');
		return NO_OFF;
	}
	dx_putc(dx, '"');
	return off + rounded;
}

static uint64_t parsefhn(struct dx *dx, struct nfs_msg *m, uint64_t off, int v3)
{
	off = parsefh(dx, m, off, v3);
	if (off == NO_OFF)
		return NO_OFF;
	dx_putc(dx, ' ');
	return parsefn(dx, m, off);
}

/* the v3 settable attributes (sattr3) */
struct sattr3 {
	int mode_set, uid_set, gid_set, size_set;
	uint32_t mode, uid, gid, size;
	uint32_t atime_how, mtime_how;
	uint32_t atime[2], mtime[2];
};

#define SET_TO_CLIENT_TIME 2u

static uint64_t parse_sattr3(struct dx *dx, struct nfs_msg *m, uint64_t off, struct sattr3 *sa)
{
	sa->mode_set = m_u32(dx, m, off) != 0;
	off += 4;
	if (sa->mode_set) {
		sa->mode = m_u32(dx, m, off);
		off += 4;
	}
	sa->uid_set = m_u32(dx, m, off) != 0;
	off += 4;
	if (sa->uid_set) {
		sa->uid = m_u32(dx, m, off);
		off += 4;
	}
	sa->gid_set = m_u32(dx, m, off) != 0;
	off += 4;
	if (sa->gid_set) {
		sa->gid = m_u32(dx, m, off);
		off += 4;
	}
	sa->size_set = m_u32(dx, m, off) != 0;
	off += 4;
	if (sa->size_set) {
		sa->size = m_u32(dx, m, off);
		off += 4;
	}
	sa->atime_how = m_u32(dx, m, off);
	off += 4;
	if (sa->atime_how == SET_TO_CLIENT_TIME) {
		sa->atime[0] = m_u32(dx, m, off);
		sa->atime[1] = m_u32(dx, m, off + 4);
		off += 8;
	}
	sa->mtime_how = m_u32(dx, m, off);
	off += 4;
	if (sa->mtime_how == SET_TO_CLIENT_TIME) {
		sa->mtime[0] = m_u32(dx, m, off);
		sa->mtime[1] = m_u32(dx, m, off + 4);
		off += 8;
	}
	return off;
}

static void print_sattr3(struct dx *dx, const struct sattr3 *sa, int verbose)
{
	if (sa->mode_set)
		dx_printf(dx, " mode %o", sa->mode);
	if (sa->uid_set)
		dx_printf(dx, " uid %u", sa->uid);
	if (sa->gid_set)
		dx_printf(dx, " gid %u", sa->gid);
	if (verbose > 1) {
		if (sa->atime_how == SET_TO_CLIENT_TIME)
			dx_printf(dx, " atime %u.%06u", sa->atime[0], sa->atime[1]);
		if (sa->mtime_how == SET_TO_CLIENT_TIME)
			dx_printf(dx, " mtime %u.%06u", sa->mtime[0], sa->mtime[1]);
	}
}

/* ---- calls ----------------------------------------------------------- */

/* the offset of the arguments after the credentials and the verifier */
static uint64_t parsereq(struct dx *dx, struct nfs_msg *m, uint64_t length)
{
	uint64_t off = 24, rounded;
	uint32_t len;

	if (length < 8)
		return NO_OFF;
	len = m_u32(dx, m, off + 4);
	rounded = (uint32_t)(len + 3) & ~3u;
	if (!m_ttest(m, off + 8, rounded))
		return NO_OFF;
	if (8 + rounded > length)
		return NO_OFF;
	DX_FIELD_IN(dx, m->bp + off, 8 + rounded, m->end, "Credentials: flavor %u, %u bytes",
		    m_u32(dx, m, off), len);
	off += ((uint64_t)len + 11) / 4 * 4;
	length -= 8 + rounded;
	if (length < 8)
		return NO_OFF;
	len = m_u32(dx, m, off + 4);
	rounded = (uint32_t)(len + 3) & ~3u;
	if (!m_ttest(m, off + 8, rounded))
		return NO_OFF;
	if (8 + rounded >= length)
		return NO_OFF;
	DX_FIELD_IN(dx, m->bp + off, 8 + rounded, m->end, "Verifier: flavor %u, %u bytes",
		    m_u32(dx, m, off), len);
	return off + ((uint64_t)len + 11) / 4 * 4;
}

static void access_print(struct dx *dx, uint32_t fl)
{
	static const char *const names[] = {
		"NFS_ACCESS_READ", "NFS_ACCESS_LOOKUP", "NFS_ACCESS_MODIFY",
		"NFS_ACCESS_EXTEND", "NFS_ACCESS_DELETE", "NFS_ACCESS_EXECUTE",
	};
	char sep = ' ';
	unsigned i;

	if (fl & ~0x3fu) {
		dx_printf(dx, " %04x", fl);
		return;
	}
	if (fl == 0x3f) {
		dx_puts(dx, " NFS_ACCESS_FULL");
		return;
	}
	for (i = 0; i < 6; i++) {
		if (fl & (1u << i)) {
			dx_putc(dx, sep);
			dx_puts(dx, names[i]);
			sep = '|';
		}
	}
}

/* the call's arguments; 0 when cut (" [|nfs]" follows) */
static int call_args(struct dx *dx, struct nfs_msg *m, unsigned length, uint32_t proc, int v3)
{
	struct sattr3 sa;
	uint64_t off;
	uint32_t type;

	if (proc == P_NULL || proc > P_COMMIT)
		return 1;
	off = parsereq(dx, m, length);
	if (off == NO_OFF)
		return 0;
	switch (proc) {
	case P_GETATTR:
	case P_SETATTR:
	case P_READLINK:
	case P_FSSTAT:
	case P_FSINFO:
	case P_PATHCONF:
		return parsefh(dx, m, off, v3) != NO_OFF;
	case P_LOOKUP:
	case P_CREATE:
	case P_MKDIR:
	case P_REMOVE:
	case P_RMDIR:
		return parsefhn(dx, m, off, v3) != NO_OFF;
	case P_ACCESS:
		off = parsefh(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		access_print(dx, m_u32(dx, m, off));
		return 1;
	case P_READ:
		off = parsefh(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		if (v3)
			dx_printf(dx, " %u bytes @ %llu", m_u32(dx, m, off + 8),
				  (unsigned long long)m_u64(dx, m, off));
		else
			dx_printf(dx, " %u bytes @ %u", m_u32(dx, m, off + 4), m_u32(dx, m, off));
		return 1;
	case P_WRITE:
		off = parsefh(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		if (v3) {
			dx_printf(dx, " %u (%u) bytes @ %llu", m_u32(dx, m, off + 16),
				  m_u32(dx, m, off + 8), (unsigned long long)m_u64(dx, m, off));
			if (dx->opts->verbose)
				put_write_mode(dx, m_u32(dx, m, off + 12));
		} else {
			dx_printf(dx, " %u (%u) bytes @ %u (%u)", m_u32(dx, m, off + 12),
				  m_u32(dx, m, off + 8), m_u32(dx, m, off + 4), m_u32(dx, m, off));
		}
		return 1;
	case P_SYMLINK:
		off = parsefhn(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		dx_puts(dx, " ->");
		if (v3)
			off = parse_sattr3(dx, m, off, &sa);
		if (parsefn(dx, m, off) == NO_OFF)
			return 0;
		if (v3 && dx->opts->verbose)
			print_sattr3(dx, &sa, dx->opts->verbose);
		return 1;
	case P_MKNOD:
		off = parsefhn(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		type = m_u32(dx, m, off);
		off = parse_sattr3(dx, m, off + 4, &sa);
		dx_printf(dx, " %s", tok2str(dx, file_types, "unk-ft %u", type));
		if (dx->opts->verbose && (type == NF_CHR || type == NF_BLK))
			dx_printf(dx, " %u/%u", m_u32(dx, m, off), m_u32(dx, m, off + 4));
		if (dx->opts->verbose)
			print_sattr3(dx, &sa, dx->opts->verbose);
		return 1;
	case P_RENAME:
		off = parsefhn(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		dx_puts(dx, " ->");
		return parsefhn(dx, m, off, v3) != NO_OFF;
	case P_LINK:
		off = parsefh(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		dx_puts(dx, " ->");
		return parsefhn(dx, m, off, v3) != NO_OFF;
	case P_READDIR:
		off = parsefh(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		if (v3) {
			dx_printf(dx, " %u bytes @ %lld", m_u32(dx, m, off + 16),
				  (long long)m_u64(dx, m, off));
			if (dx->opts->verbose)
				dx_printf(dx, " verf %08x%08x", m_u32(dx, m, off + 8),
					  m_u32(dx, m, off + 12));
		} else {
			dx_printf(dx, " %u bytes @ %u", m_u32(dx, m, off + 4), m_u32(dx, m, off));
		}
		return 1;
	case P_READDIRPLUS:
		off = parsefh(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		dx_printf(dx, " %u bytes @ %lld", m_u32(dx, m, off + 16),
			  (long long)m_u64(dx, m, off));
		if (dx->opts->verbose)
			dx_printf(dx, " max %u verf %08x%08x", m_u32(dx, m, off + 20),
				  m_u32(dx, m, off + 8), m_u32(dx, m, off + 12));
		return 1;
	case P_COMMIT:
		off = parsefh(dx, m, off, v3);
		if (off == NO_OFF)
			return 0;
		dx_printf(dx, " %u bytes @ %llu", m_u32(dx, m, off + 8),
			  (unsigned long long)m_u64(dx, m, off));
		return 1;
	default:
		return 1;
	}
}

static void call_print(struct dx *dx, struct nfs_msg *m, unsigned length, const uint8_t *iph)
{
	uint32_t proc;
	int v3;

	dx_putu(dx, length);
	if (!xid_enter(dx, m, iph)) {
		dx_print_trunc(dx);
		return;
	}
	v3 = m_u32(dx, m, 16) == NFS_VER3;
	proc = m_u32(dx, m, 20);
	DX_FIELD_IN(dx, m->bp + 8, 4, m->end, "RPC Version: %u", m_u32(dx, m, 8));
	DX_FIELD_IN(dx, m->bp + 12, 4, m->end, "Program: %u", m_u32(dx, m, 12));
	DX_FIELD_IN(dx, m->bp + 16, 4, m->end, "Program Version: %u", m_u32(dx, m, 16));
	DX_FIELD_IN(dx, m->bp + 20, 4, m->end, "Procedure: %u", proc);
	if (!v3 && proc < NFS_NPROCS)
		proc = v2_procs[proc];
	dx_printf(dx, " %s", tok2str(dx, nfs_procs, "proc-%u", proc));
	if (!call_args(dx, m, length, proc, v3))
		dx_print_trunc(dx);
}

/* ---- replies --------------------------------------------------------- */

/* the offset of the results after the verifier and the accept state */
static uint64_t parserep(struct dx *dx, struct nfs_msg *m, unsigned length)
{
	uint64_t off = 12;
	uint32_t len = m_u32(dx, m, off + 4), astat;

	if (len >= length)
		return NO_OFF;
	off += ((uint64_t)len + 11) / 4 * 4;
	astat = m_u32(dx, m, off);
	if (astat != 0) {
		dx_printf(dx, " %s", tok2str(dx, accept_states, "ar_stat %u", astat));
		m->nfserr = 1;
		return NO_OFF;
	}
	return off + 4;
}

static uint64_t parsestatus(struct dx *dx, struct nfs_msg *m, uint64_t off, uint32_t *er)
{
	*er = m_u32(dx, m, off);
	if (*er) {
		if (!dx->opts->quiet)
			dx_printf(dx, " ERROR: %s", tok2str(dx, nfs_status, "unk %u", *er));
		m->nfserr = 1;
	}
	return off + 4;
}

static uint64_t parsefattr(struct dx *dx, struct nfs_msg *m, uint64_t off, int verbose, int v3)
{
	if (!m_ttest(m, off + 16, 4))
		return NO_OFF;
	if (verbose) {
		dx_printf(dx, " %s %o ids %d/%d",
			  tok2str(dx, file_types, "unk-ft %u ", m_u32(dx, m, off)),
			  m_u32(dx, m, off + 4), (int)m_u32(dx, m, off + 12),
			  (int)m_u32(dx, m, off + 16));
		if (v3)
			dx_printf(dx, " sz %llu", (unsigned long long)m_u64(dx, m, off + 20));
		else
			dx_printf(dx, " sz %u", m_u32(dx, m, off + 20));
	}
	if (verbose > 1) {
		if (v3) {
			if (!m_ttest(m, off + 76, 8))
				return NO_OFF;
			dx_printf(dx, " nlink %u rdev %u/%u", m_u32(dx, m, off + 8),
				  m_u32(dx, m, off + 36), m_u32(dx, m, off + 40));
			dx_printf(dx, " fsid %llx", (unsigned long long)m_u64(dx, m, off + 44));
			dx_printf(dx, " fileid %llx", (unsigned long long)m_u64(dx, m, off + 52));
			dx_printf(dx, " a/m/ctime %u.%06u", m_u32(dx, m, off + 60),
				  m_u32(dx, m, off + 64));
			dx_printf(dx, " %u.%06u", m_u32(dx, m, off + 68), m_u32(dx, m, off + 72));
			dx_printf(dx, " %u.%06u", m_u32(dx, m, off + 76), m_u32(dx, m, off + 80));
		} else {
			if (!m_ttest(m, off + 60, 8))
				return NO_OFF;
			dx_printf(dx, " nlink %u rdev 0x%x fsid 0x%x nodeid 0x%x a/m/ctime",
				  m_u32(dx, m, off + 8), m_u32(dx, m, off + 28),
				  m_u32(dx, m, off + 36), m_u32(dx, m, off + 40));
			dx_printf(dx, " %u.%06u", m_u32(dx, m, off + 44), m_u32(dx, m, off + 48));
			dx_printf(dx, " %u.%06u", m_u32(dx, m, off + 52), m_u32(dx, m, off + 56));
			dx_printf(dx, " %u.%06u", m_u32(dx, m, off + 60), m_u32(dx, m, off + 64));
		}
	}
	return off + (v3 ? NFSX_V3FATTR : NFSX_V2FATTR);
}

static int parseattrstat(struct dx *dx, struct nfs_msg *m, uint64_t off, int verbose, int v3)
{
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (er)
		return 1;
	return parsefattr(dx, m, off, verbose, v3) != NO_OFF;
}

static int parsediropres(struct dx *dx, struct nfs_msg *m, uint64_t off)
{
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (er)
		return 1;
	off = parsefh(dx, m, off, 0);
	if (off == NO_OFF)
		return 0;
	return parsefattr(dx, m, off, dx->opts->verbose, 0) != NO_OFF;
}

static uint64_t parse_post_op_attr(struct dx *dx, struct nfs_msg *m, uint64_t off, int verbose)
{
	if (!m_u32(dx, m, off))
		return off + 4;
	off += 4;
	if (verbose)
		return parsefattr(dx, m, off, verbose, 1);
	return off + NFSX_V3FATTR;
}

static uint64_t parse_pre_op_attr(struct dx *dx, struct nfs_msg *m, uint64_t off, int verbose)
{
	if (!m_u32(dx, m, off))
		return off + 4;
	off += 4;
	if (!m_ttest(m, off, 24))
		return NO_OFF;
	if (verbose > 1) {
		dx_printf(dx, " sz %llu", (unsigned long long)m_u64(dx, m, off));
		dx_printf(dx, " mtime %u.%06u ctime %u.%06u", m_u32(dx, m, off + 8),
			  m_u32(dx, m, off + 12), m_u32(dx, m, off + 16), m_u32(dx, m, off + 20));
	}
	return off + 24;
}

static uint64_t parse_wcc_data(struct dx *dx, struct nfs_msg *m, uint64_t off, int verbose)
{
	if (verbose > 1)
		dx_puts(dx, " PRE:");
	off = parse_pre_op_attr(dx, m, off, verbose);
	if (off == NO_OFF)
		return NO_OFF;
	if (verbose)
		dx_puts(dx, " POST:");
	return parse_post_op_attr(dx, m, off, verbose);
}

static int parselinkres(struct dx *dx, struct nfs_msg *m, uint64_t off, int v3)
{
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (er)
		return 1;
	if (v3) {
		off = parse_post_op_attr(dx, m, off, dx->opts->verbose);
		if (off == NO_OFF)
			return 0;
	}
	dx_putc(dx, ' ');
	return parsefn(dx, m, off) != NO_OFF;
}

static int parsestatfs(struct dx *dx, struct nfs_msg *m, uint64_t off, int v3)
{
	int verbose = dx->opts->verbose;
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (!v3 && er)
		return 1;
	if (dx->opts->quiet)
		return 1;
	if (v3) {
		if (verbose)
			dx_puts(dx, " POST:");
		off = parse_post_op_attr(dx, m, off, verbose);
		if (off == NO_OFF)
			return 0;
	}
	if (!m_ttest(m, off, v3 ? 52 : 20))
		return 0;
	if (v3) {
		dx_printf(dx, " tbytes %llu fbytes %llu abytes %llu",
			  (unsigned long long)m_u64(dx, m, off),
			  (unsigned long long)m_u64(dx, m, off + 8),
			  (unsigned long long)m_u64(dx, m, off + 16));
		if (verbose)
			dx_printf(dx, " tfiles %llu ffiles %llu afiles %llu invar %u",
				  (unsigned long long)m_u64(dx, m, off + 24),
				  (unsigned long long)m_u64(dx, m, off + 32),
				  (unsigned long long)m_u64(dx, m, off + 40),
				  m_u32(dx, m, off + 48));
	} else {
		dx_printf(dx, " tsize %u bsize %u blocks %u bfree %u bavail %u",
			  m_u32(dx, m, off), m_u32(dx, m, off + 4), m_u32(dx, m, off + 8),
			  m_u32(dx, m, off + 12), m_u32(dx, m, off + 16));
	}
	return 1;
}

static int parserddires(struct dx *dx, struct nfs_msg *m, uint64_t off)
{
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (er || dx->opts->quiet)
		return 1;
	dx_printf(dx, " offset 0x%x size %u ", m_u32(dx, m, off), m_u32(dx, m, off + 4));
	if (m_u32(dx, m, off + 8))
		dx_puts(dx, " eof");
	return 1;
}

static uint64_t parsecreateopres(struct dx *dx, struct nfs_msg *m, uint64_t off, int verbose)
{
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (er)
		return parse_wcc_data(dx, m, off, verbose);
	if (!m_u32(dx, m, off))
		return off + 4;
	off = parsefh(dx, m, off + 4, 1);
	if (off == NO_OFF)
		return NO_OFF;
	if (verbose) {
		off = parse_post_op_attr(dx, m, off, verbose);
		if (off == NO_OFF)
			return NO_OFF;
		if (dx->opts->verbose > 1) {
			dx_puts(dx, " dir attr:");
			off = parse_wcc_data(dx, m, off, verbose);
		}
	}
	return off;
}

static uint64_t parsewccres(struct dx *dx, struct nfs_msg *m, uint64_t off, int verbose)
{
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	return parse_wcc_data(dx, m, off, verbose);
}

static uint64_t parsev3rddirres(struct dx *dx, struct nfs_msg *m, uint64_t off, int verbose)
{
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (dx->opts->verbose)
		dx_puts(dx, " POST:");
	off = parse_post_op_attr(dx, m, off, verbose);
	if (off == NO_OFF || er)
		return off;
	if (dx->opts->verbose) {
		dx_printf(dx, " verf %08x%08x", m_u32(dx, m, off), m_u32(dx, m, off + 4));
		off += 8;
	}
	return off;
}

static int parsefsinfo(struct dx *dx, struct nfs_msg *m, uint64_t off)
{
	int verbose = dx->opts->verbose;
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (verbose)
		dx_puts(dx, " POST:");
	off = parse_post_op_attr(dx, m, off, verbose);
	if (off == NO_OFF)
		return 0;
	if (er)
		return 1;
	if (!m_ttest(m, off, 48))
		return 0;
	dx_printf(dx, " rtmax %u rtpref %u wtmax %u wtpref %u dtpref %u", m_u32(dx, m, off),
		  m_u32(dx, m, off + 4), m_u32(dx, m, off + 12), m_u32(dx, m, off + 16),
		  m_u32(dx, m, off + 24));
	if (verbose) {
		dx_printf(dx, " rtmult %u wtmult %u maxfsz %llu", m_u32(dx, m, off + 8),
			  m_u32(dx, m, off + 20), (unsigned long long)m_u64(dx, m, off + 28));
		dx_printf(dx, " delta %u.%06u ", m_u32(dx, m, off + 36), m_u32(dx, m, off + 40));
	}
	return 1;
}

static int parsepathconf(struct dx *dx, struct nfs_msg *m, uint64_t off)
{
	int verbose = dx->opts->verbose;
	uint32_t er;

	off = parsestatus(dx, m, off, &er);
	if (verbose)
		dx_puts(dx, " POST:");
	off = parse_post_op_attr(dx, m, off, verbose);
	if (off == NO_OFF)
		return 0;
	if (er)
		return 1;
	if (!m_ttest(m, off, 24))
		return 0;
	dx_printf(dx, " linkmax %u namemax %u %s %s %s %s", m_u32(dx, m, off),
		  m_u32(dx, m, off + 4), m_u32(dx, m, off + 8) ? "notrunc" : "",
		  m_u32(dx, m, off + 12) ? "chownres" : "", m_u32(dx, m, off + 16) ? "igncase" : "",
		  m_u32(dx, m, off + 20) ? "keepcase" : "");
	return 1;
}

/* the results of a reply to proc; 0 when cut */
static int reply_results(struct dx *dx, struct nfs_msg *m, unsigned length, uint32_t proc, int v3)
{
	int verbose = dx->opts->verbose;
	uint64_t off;
	uint32_t er;

	if (proc == P_NULL || proc > P_COMMIT)
		return 1;
	off = parserep(dx, m, length);
	if (off == NO_OFF)
		return 0;
	switch (proc) {
	case P_GETATTR:
		return parseattrstat(dx, m, off, !dx->opts->quiet, v3);
	case P_SETATTR:
		if (v3)
			return parsewccres(dx, m, off, verbose) != NO_OFF;
		return parseattrstat(dx, m, off, !dx->opts->quiet, 0);
	case P_LOOKUP:
		if (!v3)
			return parsediropres(dx, m, off);
		off = parsestatus(dx, m, off, &er);
		if (!er) {
			off = parsefh(dx, m, off, v3);
			if (off == NO_OFF)
				return 0;
			off = parse_post_op_attr(dx, m, off, verbose);
			if (off == NO_OFF)
				return 0;
		}
		if (verbose > 1) {
			dx_puts(dx, " post dattr:");
			off = parse_post_op_attr(dx, m, off, verbose);
			if (off == NO_OFF)
				return 0;
		}
		return 1;
	case P_ACCESS:
		off = parsestatus(dx, m, off, &er);
		if (verbose)
			dx_puts(dx, " attr:");
		off = parse_post_op_attr(dx, m, off, verbose);
		if (off == NO_OFF)
			return 0;
		if (!er)
			dx_printf(dx, " c %04x", m_u32(dx, m, off));
		return 1;
	case P_READLINK:
		return parselinkres(dx, m, off, v3);
	case P_READ:
		if (!v3)
			return parseattrstat(dx, m, off, verbose, 0);
		off = parsestatus(dx, m, off, &er);
		off = parse_post_op_attr(dx, m, off, verbose);
		if (off == NO_OFF)
			return 0;
		if (!er && verbose) {
			dx_printf(dx, " %u bytes", m_u32(dx, m, off));
			if (m_u32(dx, m, off + 4))
				dx_puts(dx, " EOF");
		}
		return 1;
	case P_WRITE:
		if (!v3)
			return parseattrstat(dx, m, off, verbose, v3);
		off = parsestatus(dx, m, off, &er);
		off = parse_wcc_data(dx, m, off, verbose);
		if (off == NO_OFF)
			return 0;
		if (!er && verbose) {
			dx_printf(dx, " %u bytes", m_u32(dx, m, off));
			if (verbose > 1) {
				put_write_mode(dx, m_u32(dx, m, off + 4));
				dx_printf(dx, " verf %llx", (unsigned long long)m_u64(dx, m, off + 8));
			}
		}
		return 1;
	case P_CREATE:
	case P_MKDIR:
		if (v3)
			return parsecreateopres(dx, m, off, verbose) != NO_OFF;
		return parsediropres(dx, m, off);
	case P_SYMLINK:
		if (v3)
			return parsecreateopres(dx, m, off, verbose) != NO_OFF;
		parsestatus(dx, m, off, &er);
		return 1;
	case P_MKNOD:
		return parsecreateopres(dx, m, off, verbose) != NO_OFF;
	case P_REMOVE:
	case P_RMDIR:
		if (v3)
			return parsewccres(dx, m, off, verbose) != NO_OFF;
		parsestatus(dx, m, off, &er);
		return 1;
	case P_RENAME:
		off = parsestatus(dx, m, off, &er);
		if (v3 && verbose) {
			dx_puts(dx, " from:");
			off = parse_wcc_data(dx, m, off, verbose);
			if (off == NO_OFF)
				return 0;
			dx_puts(dx, " to:");
			if (parse_wcc_data(dx, m, off, verbose) == NO_OFF)
				return 0;
		}
		return 1;
	case P_LINK:
		off = parsestatus(dx, m, off, &er);
		if (v3 && verbose) {
			dx_puts(dx, " file POST:");
			off = parse_post_op_attr(dx, m, off, verbose);
			if (off == NO_OFF)
				return 0;
			dx_puts(dx, " dir:");
			if (parse_wcc_data(dx, m, off, verbose) == NO_OFF)
				return 0;
		}
		return 1;
	case P_READDIR:
		if (v3)
			return parsev3rddirres(dx, m, off, verbose) != NO_OFF;
		return parserddires(dx, m, off);
	case P_READDIRPLUS:
		return parsev3rddirres(dx, m, off, verbose) != NO_OFF;
	case P_FSSTAT:
		return parsestatfs(dx, m, off, v3);
	case P_FSINFO:
		return parsefsinfo(dx, m, off);
	case P_PATHCONF:
		return parsepathconf(dx, m, off);
	case P_COMMIT:
		off = parsewccres(dx, m, off, verbose);
		if (off == NO_OFF)
			return 0;
		if (verbose > 1)
			dx_printf(dx, " verf %llx", (unsigned long long)m_u64(dx, m, off));
		return 1;
	default:
		return 1;
	}
}

static void reply_print(struct dx *dx, struct nfs_msg *m, unsigned length, const uint8_t *iph)
{
	uint32_t stat, proc, vers;

	if (!m_ttest(m, 8, 4)) {
		dx_print_trunc(dx);
		return;
	}
	stat = m_u32(dx, m, 8);
	DX_FIELD_IN(dx, m->bp + 8, 4, m->end, "Reply State: %u", stat);
	switch (stat) {
	case 0:
		dx_printf(dx, "reply ok %u", length);
		if (xid_find(dx, m, iph, &proc, &vers)) {
			int v3 = vers == NFS_VER3;

			if (!v3 && proc < NFS_NPROCS)
				proc = v2_procs[proc];
			dx_printf(dx, " %s", tok2str(dx, nfs_procs, "proc-%u", proc));
			if (!reply_results(dx, m, length, proc, v3) && !m->nfserr)
				dx_print_trunc(dx);
		}
		break;
	case 1:
		dx_printf(dx, "reply ERR %u: ", length);
		if (!m_ttest(m, 12, 4)) {
			dx_print_trunc(dx);
			return;
		}
		stat = m_u32(dx, m, 12);
		if (stat == 0) {
			if (!m_ttest(m, 20, 4)) {
				dx_print_trunc(dx);
				return;
			}
			dx_printf(dx, "RPC Version mismatch (%u-%u)", m_u32(dx, m, 16),
				  m_u32(dx, m, 20));
		} else if (stat == 1) {
			if (!m_ttest(m, 16, 4)) {
				dx_print_trunc(dx);
				return;
			}
			dx_printf(dx, "Auth %s",
				  tok2str(dx, auth_states, "Invalid failure code %u", m_u32(dx, m, 16)));
		} else {
			dx_printf(dx, "Unknown reason for rejecting rpc message %u", stat);
		}
		break;
	default:
		dx_printf(dx, "reply Unknown rpc response code=%u %u", stat, length);
		break;
	}
}

/* ---- entry points ---------------------------------------------------- */

static void msg_init(struct dx *dx, struct nfs_msg *m, const uint8_t *bp, unsigned length)
{
	m->bp = bp;
	m->cap = DX_BYTES_AVAIL(dx, bp);
	m->end = m->cap < length ? bp + m->cap : bp + length;
	m->nfserr = 0;
}

/*
 * tcpdump's udp_print/tcp_print NFS test: a call to port 2049 or a reply
 * from it. mark is the TCP record mark (NULL over UDP), lead what comes
 * before "NFS". 1 if printed.
 */
static int nfs_try(struct dx *dx, const uint8_t *mark, const uint8_t *bp, unsigned length,
		   const uint8_t *iph, unsigned sport, unsigned dport, const char *lead)
{
	const uint8_t *lay = mark ? mark : bp;
	struct nfs_msg m;
	uint32_t dir;
	int call;

	if (!DX_TTEST(dx, bp + 4, 4))
		return 0;
	dir = GET_BE32(dx, bp + 4);
	if (dport == NFS_PORT && dir == RPC_CALL)
		call = 1;
	else if (sport == NFS_PORT && dir == RPC_REPLY)
		call = 0;
	else
		return 0;
	dx_printf(dx, "%sNFS %s xid %u ", lead, call ? "request" : "reply", GET_BE32(dx, bp));
	dx_proto(dx, "nfs");
	msg_init(dx, &m, bp, length);
	DX_LAYER(dx, lay, (size_t)(m.end - lay), "Network File System, %s, XID: %u",
		 call ? "Call" : "Reply", GET_BE32(dx, bp));
	if (mark)
		DX_FIELD(dx, mark, 4, "Record Mark: 0x%08x", GET_BE32(dx, mark));
	DX_FIELD_IN(dx, bp, 4, m.end, "XID: 0x%08x", GET_BE32(dx, bp));
	DX_FIELD_IN(dx, bp + 4, 4, m.end, "Message Type: %s (%u)", call ? "Call" : "Reply", dir);
	if (call)
		call_print(dx, &m, length, iph);
	else
		reply_print(dx, &m, length, iph);
	DX_LAYER_END(dx);
	return 1;
}

int nfs_udp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph,
		  unsigned sport, unsigned dport)
{
	return nfs_try(dx, NULL, bp, length, iph, sport, dport, "");
}

void nfs_tcp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph,
		   unsigned sport, unsigned dport)
{
	uint32_t fraglen;

	if (length < 4 || !DX_TTEST(dx, bp, 4))
		return;
	fraglen = GET_BE32(dx, bp) & 0x7fffffffu;
	if (fraglen > length - 4)
		fraglen = length - 4;
	nfs_try(dx, bp, bp + 4, fraglen, iph, sport, dport, ": ");
}

/* -T rpc, a reply: "SRC.nfs > DST.XID: " then the reply */
void nfsreply_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph)
{
	const uint8_t *src = NULL, *dst = NULL;
	struct nfs_msg m;
	unsigned ipv;
	uint32_t xid;

	dx_proto(dx, "nfs");
	xid = GET_BE32(dx, bp);
	ipv = ip_addrs(dx, iph, &src, &dst);
	if (ipv == 4 || ipv == 6) {
		dx_puts(dx, ipv == 4 ? GET_IPADDR_STRING(dx, src) : GET_IP6ADDR_STRING(dx, src));
		dx_putc(dx, '.');
		if (dx->opts->no_resolve)
			dx_putu(dx, NFS_PORT);
		else
			dx_puts(dx, "nfs");
		dx_puts(dx, " > ");
		dx_puts(dx, ipv == 4 ? GET_IPADDR_STRING(dx, dst) : GET_IP6ADDR_STRING(dx, dst));
	} else {
		dx_puts(dx, dx->opts->no_resolve ? "?.2049 > ?" : "?.nfs > ?");
	}
	dx_printf(dx, ".%u: ", xid);
	msg_init(dx, &m, bp, length);
	DX_LAYER(dx, bp, (size_t)(m.end - bp), "Network File System, Reply, XID: %u", xid);
	DX_FIELD_IN(dx, bp, 4, m.end, "XID: 0x%08x", xid);
	reply_print(dx, &m, length, iph);
	DX_LAYER_END(dx);
}
