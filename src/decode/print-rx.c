// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: RX, the RPC transport of AFS (UDP ports 7000-7009), and the
 * calls and replies of the AFS services. Text as tcpdump 4.99.3 print-rx.c.
 *
 * RX header (28 bytes): epoch (4), connection ID (4), call number (4),
 * sequence (4), serial (4), type (1), flags (1), user status (1),
 * security index (1), spare (2), service ID (2). A data packet with
 * sequence 1 starts a call (client-initiated flag set: the request, whose
 * first 4 bytes are the opcode) or its reply (flag clear). The service is
 * the server's port: 7000 file server, 7001 cache manager callbacks, 7002
 * protection server, 7003 volume location server, 7004 kauth, 7005 volume
 * server, 7007 basic overseer; 7002-7004 also carry Ubik (the replicated
 * database protocol) opcodes 10000-10007 and 20000-20013.
 *
 * Replies carry no opcode: the last 64 calls are kept (call number,
 * client and server address, server port, service ID) so that a reply
 * names the call it answers. Arguments are XDR: 4-byte integers, strings
 * as a length and bytes padded to 4, and some names as one character per
 * 4-byte word.
 *
 * Ack packets (type 2): buffer space (2), max skew (2), first packet (4),
 * previous packet (4), serial (4), reason (1), ack count (1), one byte per
 * packet from first on (1 acked, 0 not), 3 bytes of padding, then
 * optionally interface MTU, max MTU, receive window and max packets (4 each).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dx.h"
#include "print.h"
#include "util.h"

#define RX_HDRLEN 28u
#define RX_ACKLEN 18u

#define RX_TYPE_DATA 1
#define RX_TYPE_ACK 2
#define RX_TYPE_ABORT 4

#define RX_CLIENT_INITIATED 0x01

#define RX_CACHE_SIZE 64

#define AFS_OPAQUE_MAX 1024u
#define AFS_USER_MAX 1024

static const struct tok rx_types[] = {
	{ 1, "data" },
	{ 2, "ack" },
	{ 3, "busy" },
	{ 4, "abort" },
	{ 5, "ackall" },
	{ 6, "challenge" },
	{ 7, "response" },
	{ 8, "debug" },
	{ 9, "params" },
	{ 13, "version" },
	{ 0, NULL }
};

/* flag bits, some of them only shown for one packet type (0: any) */
static const struct {
	uint8_t bit;
	uint8_t type;
	const char *name;
} rx_flag_names[] = {
	{ 0x01, 0, "client-init" },
	{ 0x02, 0, "req-ack" },
	{ 0x04, 0, "last-pckt" },
	{ 0x08, 0, "more-pckts" },
	{ 0x10, 0, "free-pckt" },
	{ 0x20, RX_TYPE_ACK, "slow-start" },
	{ 0x20, RX_TYPE_DATA, "jumbogram" },
};

static const struct tok rx_ack_reasons[] = {
	{ 1, "ack requested" },
	{ 2, "duplicate packet" },
	{ 3, "out of sequence" },
	{ 4, "exceeds window" },
	{ 5, "no buffer space" },
	{ 6, "ping" },
	{ 7, "ping response" },
	{ 8, "delay" },
	{ 9, "idle" },
	{ 0, NULL }
};

static const struct tok fs_ops[] = {
	{ 130, "fetch-data" }, { 131, "fetch-acl" }, { 132, "fetch-status" },
	{ 133, "store-data" }, { 134, "store-acl" }, { 135, "store-status" },
	{ 136, "remove-file" }, { 137, "create-file" }, { 138, "rename" },
	{ 139, "symlink" }, { 140, "link" }, { 141, "makedir" }, { 142, "rmdir" },
	{ 143, "oldsetlock" }, { 144, "oldextlock" }, { 145, "oldrellock" },
	{ 146, "get-stats" }, { 147, "give-cbs" }, { 148, "get-vlinfo" },
	{ 149, "get-vlstats" }, { 150, "set-vlstats" }, { 151, "get-rootvl" },
	{ 152, "check-token" }, { 153, "get-time" }, { 154, "nget-vlinfo" },
	{ 155, "bulk-stat" }, { 156, "setlock" }, { 157, "extlock" }, { 158, "rellock" },
	{ 159, "xstat-ver" }, { 160, "get-xstat" }, { 161, "dfs-lookup" },
	{ 162, "dfs-flushcps" }, { 163, "dfs-symlink" }, { 220, "residency" },
	{ 65536, "inline-bulk-status" }, { 65537, "fetch-data-64" },
	{ 65538, "store-data-64" }, { 65539, "give-up-all-cbs" }, { 65540, "get-caps" },
	{ 65541, "cb-rx-conn-addr" },
	{ 0, NULL }
};

static const struct tok cb_ops[] = {
	{ 204, "callback" }, { 205, "initcb" }, { 206, "probe" }, { 207, "getlock" },
	{ 208, "getce" }, { 209, "xstatver" }, { 210, "getxstat" }, { 211, "initcb2" },
	{ 212, "whoareyou" }, { 213, "initcb3" }, { 214, "probeuuid" },
	{ 215, "getsrvprefs" }, { 216, "getcellservdb" }, { 217, "getlocalcell" },
	{ 218, "getcacheconf" }, { 65536, "getce64" }, { 65537, "getcellbynum" },
	{ 65538, "tellmeaboutyourself" },
	{ 0, NULL }
};

static const struct tok pt_ops[] = {
	{ 500, "new-user" }, { 501, "where-is-it" }, { 502, "dump-entry" },
	{ 503, "add-to-group" }, { 504, "name-to-id" }, { 505, "id-to-name" },
	{ 506, "delete" }, { 507, "remove-from-group" }, { 508, "get-cps" },
	{ 509, "new-entry" }, { 510, "list-max" }, { 511, "set-max" },
	{ 512, "list-entry" }, { 513, "change-entry" }, { 514, "list-elements" },
	{ 515, "same-mbr-of" }, { 516, "set-fld-sentry" }, { 517, "list-owned" },
	{ 518, "get-cps2" }, { 519, "get-host-cps" }, { 520, "update-entry" },
	{ 521, "list-entries" }, { 530, "list-super-groups" },
	{ 0, NULL }
};

static const struct tok vldb_ops[] = {
	{ 501, "create-entry" }, { 502, "delete-entry" }, { 503, "get-entry-by-id" },
	{ 504, "get-entry-by-name" }, { 505, "get-new-volume-id" },
	{ 506, "replace-entry" }, { 507, "update-entry" }, { 508, "setlock" },
	{ 509, "releaselock" }, { 510, "list-entry" }, { 511, "list-attrib" },
	{ 512, "linked-list" }, { 513, "get-stats" }, { 514, "probe" },
	{ 515, "get-addrs" }, { 516, "change-addr" }, { 517, "create-entry-n" },
	{ 518, "get-entry-by-id-n" }, { 519, "get-entry-by-name-n" },
	{ 520, "replace-entry-n" }, { 521, "list-entry-n" }, { 522, "list-attrib-n" },
	{ 523, "linked-list-n" }, { 524, "update-entry-by-name" },
	{ 525, "create-entry-u" }, { 526, "get-entry-by-id-u" },
	{ 527, "get-entry-by-name-u" }, { 528, "replace-entry-u" },
	{ 529, "list-entry-u" }, { 530, "list-attrib-u" }, { 531, "linked-list-u" },
	{ 532, "regaddr" }, { 533, "get-addrs-u" }, { 534, "list-attrib-n2" },
	{ 0, NULL }
};

static const struct tok kauth_ops[] = {
	{ 1, "auth-old" }, { 21, "authenticate" }, { 22, "authenticate-v2" },
	{ 2, "change-pw" }, { 3, "get-ticket-old" }, { 23, "get-ticket" },
	{ 4, "set-pw" }, { 5, "set-fields" }, { 6, "create-user" },
	{ 7, "delete-user" }, { 8, "get-entry" }, { 9, "list-entry" },
	{ 10, "get-stats" }, { 11, "debug" }, { 12, "get-pw" },
	{ 13, "get-random-key" }, { 14, "unlock" }, { 15, "lock-status" },
	{ 0, NULL }
};

static const struct tok vol_ops[] = {
	{ 100, "create-volume" }, { 101, "delete-volume" }, { 102, "restore" },
	{ 103, "forward" }, { 104, "end-trans" }, { 105, "clone" },
	{ 106, "set-flags" }, { 107, "get-flags" }, { 108, "trans-create" },
	{ 109, "dump" }, { 110, "get-nth-volume" }, { 111, "set-forwarding" },
	{ 112, "get-name" }, { 113, "get-status" }, { 114, "sig-restore" },
	{ 115, "list-partitions" }, { 116, "list-volumes" }, { 117, "set-id-types" },
	{ 118, "monitor" }, { 119, "partition-info" }, { 120, "reclone" },
	{ 121, "list-one-volume" }, { 122, "nuke" }, { 123, "set-date" },
	{ 124, "x-list-volumes" }, { 125, "x-list-one-volume" }, { 126, "set-info" },
	{ 127, "x-list-partitions" }, { 128, "forward-multiple" },
	{ 65536, "convert-ro" }, { 65537, "get-size" }, { 65538, "dump-v2" },
	{ 0, NULL }
};

static const struct tok bos_ops[] = {
	{ 80, "create-bnode" }, { 81, "delete-bnode" }, { 82, "set-status" },
	{ 83, "get-status" }, { 84, "enumerate-instance" }, { 85, "get-instance-info" },
	{ 86, "get-instance-parm" }, { 87, "add-superuser" }, { 88, "delete-superuser" },
	{ 89, "list-superusers" }, { 90, "list-keys" }, { 91, "add-key" },
	{ 92, "delete-key" }, { 93, "set-cell-name" }, { 94, "get-cell-name" },
	{ 95, "get-cell-host" }, { 96, "add-cell-host" }, { 97, "delete-cell-host" },
	{ 98, "set-t-status" }, { 99, "shutdown-all" }, { 100, "restart-all" },
	{ 101, "startup-all" }, { 102, "set-noauth-flag" }, { 103, "re-bozo" },
	{ 104, "restart" }, { 105, "start-bozo-install" }, { 106, "uninstall" },
	{ 107, "get-dates" }, { 108, "exec" }, { 109, "prune" },
	{ 110, "set-restart-time" }, { 111, "get-restart-time" },
	{ 112, "start-bozo-log" }, { 113, "wait-all" }, { 114, "get-instance-strings" },
	{ 115, "get-restricted" }, { 116, "set-restricted" },
	{ 0, NULL }
};

static const struct tok ubik_ops[] = {
	{ 10000, "vote-beacon" }, { 10001, "vote-debug-old" },
	{ 10002, "vote-sdebug-old" }, { 10003, "vote-getsyncsite" },
	{ 10004, "vote-debug" }, { 10005, "vote-sdebug" }, { 10006, "vote-xdebug" },
	{ 10007, "vote-xsdebug" }, { 20000, "disk-begin" }, { 20001, "disk-commit" },
	{ 20002, "disk-lock" }, { 20003, "disk-write" }, { 20004, "disk-getversion" },
	{ 20005, "disk-getfile" }, { 20006, "disk-sendfile" }, { 20007, "disk-abort" },
	{ 20008, "disk-releaselocks" }, { 20009, "disk-truncate" },
	{ 20010, "disk-probe" }, { 20011, "disk-writev" },
	{ 20012, "disk-interfaceaddr" }, { 20013, "disk-setversion" },
	{ 0, NULL }
};

static const char *const vol_types[] = { "read-write", "read-only", "backup" };

static const struct tok fs_errors[] = {
	{ 101, "salvage volume" },
	{ 102, "no such vnode" },
	{ 103, "no such volume" },
	{ 104, "volume exist" },
	{ 105, "no service" },
	{ 106, "volume offline" },
	{ 107, "voline online" },
	{ 108, "diskfull" },
	{ 109, "diskquota exceeded" },
	{ 110, "volume busy" },
	{ 111, "volume moved" },
	{ 112, "AFS IO error" },
	{ 0xffffff9cu, "restarting fileserver" },
	{ 0, NULL }
};

/*
 * The arguments of a call or the results of a reply, by opcode, as a list
 * of space-separated items:
 *   =word   the text " word" ('_' stands for a space); it also names the
 *           next value in the field tree
 *   u i l   unsigned 32-bit, signed 32-bit, unsigned 64-bit integer
 *   d       a date (signed 32-bit seconds), local time
 *   F       a file ID: volume/vnode/uniquifier
 *   S       a string, at most the service's name length
 *   V v     a name as one character per word: the service's name length, 32
 *   A       the store-status attributes (mask and five values)
 *   B       a Ubik version: epoch.counter
 *   X       an AFS UUID (11 words)
 *   D       a destination server (3 words)
 *   T       a volume type, named when 0-2
 *   x       a word not shown
 *   Y       the Ubik beacon's sync-site flag
 *   a       an ACL as a counted string
 *   K       a counted opaque not shown (a ticket)
 *   N I W L a count and that many: file IDs, integers, names (V),
 *           destination servers
 *   C       the callback list of a callback call
 *   Q       a count and that many volume list entries
 *   E G H   a volume location entry: 8 servers, 13 servers, 13 server UUIDs
 * A cut value that the text checks first stops the list with the
 * service's " [|name]".
 */
struct rx_args {
	uint32_t op;
	const char *items;
};

static const struct rx_args fs_call_args[] = {
	{ 130, "F =offset u =length u" },
	{ 131, "F" }, { 132, "F" }, { 143, "F" }, { 144, "F" }, { 145, "F" },
	{ 156, "F" }, { 157, "F" }, { 158, "F" },
	{ 135, "F A" },
	{ 133, "F A =offset u =length u =flen u" },
	{ 134, "F a" },
	{ 137, "F S A" }, { 141, "F S A" },
	{ 136, "F S" }, { 142, "F S" },
	{ 138, "=old F S =new F S" },
	{ 139, "F S =link_to S" },
	{ 140, "F S =link_to F" },
	{ 148, "S" },
	{ 149, "=volid u" }, { 150, "=volid u" },
	{ 154, "=volname S" },
	{ 155, "N" }, { 65536, "N" },
	{ 65537, "F =offset l =length l" },
	{ 65538, "F A =offset l =length l =flen l" },
	{ 65541, "=addr u" },
	{ 0, NULL }
};

static const struct rx_args fs_reply_args[] = {
	{ 131, "a" },
	{ 137, "=new F" }, { 141, "=new F" },
	{ 151, "=root_volume S" },
	{ 153, "d" },
	{ 0, NULL }
};

static const struct rx_args cb_call_args[] = {
	{ 204, "N C" },
	{ 214, "=afsuuid X" },
	{ 0, NULL }
};

static const struct rx_args cb_reply_args[] = {
	{ 213, "X" },
	{ 0, NULL }
};

static const struct rx_args pt_call_args[] = {
	{ 500, "S =id i =oldid i" },
	{ 501, "=id i" }, { 506, "=id i" }, { 508, "=id i" }, { 512, "=id i" },
	{ 514, "=id i" }, { 517, "=id i" }, { 518, "=id i" }, { 519, "=id i" },
	{ 530, "=id i" },
	{ 502, "=pos i" },
	{ 503, "=uid i =gid i" }, { 507, "=uid i =gid i" }, { 515, "=uid i =gid i" },
	{ 504, "W" },
	{ 505, "=ids: I" },
	{ 509, "S =flag i =oid i" },
	{ 511, "=id i =gflag i" },
	{ 513, "=id i S =oldid i =newid i" },
	{ 520, "=id i S" },
	{ 0, NULL }
};

static const struct rx_args pt_reply_args[] = {
	{ 504, "=ids: I" },
	{ 505, "W" },
	{ 508, "I" }, { 514, "I" }, { 517, "I" }, { 518, "I" }, { 519, "I" },
	{ 510, "=maxuid i =maxgid i" },
	{ 0, NULL }
};

static const struct rx_args vldb_call_args[] = {
	{ 501, "V" }, { 517, "V" },
	{ 502, "=volid i T" }, { 503, "=volid i T" }, { 507, "=volid i T" },
	{ 508, "=volid i T" }, { 509, "=volid i T" }, { 518, "=volid i T" },
	{ 504, "S" }, { 519, "S" }, { 524, "S" }, { 527, "S" },
	{ 505, "=bump i" },
	{ 506, "=volid i T V" }, { 520, "=volid i T V" },
	{ 510, "=index i" }, { 521, "=index i" },
	{ 0, NULL }
};

static const struct rx_args vldb_reply_args[] = {
	{ 510, "=count i =nextindex i E" },
	{ 503, "E" }, { 504, "E" },
	{ 505, "=newvol u" },
	{ 521, "=count i =nextindex i G" }, { 529, "=count i =nextindex i G" },
	{ 518, "G" }, { 519, "G" },
	{ 526, "H" }, { 527, "H" },
	{ 0, NULL }
};

static const struct rx_args kauth_call_args[] = {
	{ 1, "=principal S S" }, { 21, "=principal S S" }, { 22, "=principal S S" },
	{ 2, "=principal S S" }, { 5, "=principal S S" }, { 6, "=principal S S" },
	{ 7, "=principal S S" }, { 8, "=principal S S" }, { 14, "=principal S S" },
	{ 15, "=principal S S" },
	{ 3, "=kvno i =domain S K =principal S S" },
	{ 23, "=kvno i =domain S K =principal S S" },
	{ 4, "=principal S S =kvno i" },
	{ 12, "=name S" },
	{ 0, NULL }
};

static const struct rx_args vol_call_args[] = {
	{ 100, "=partition u =name S =type u =parent u" },
	{ 101, "=trans u" }, { 107, "=trans u" },
	{ 102, "=totrans u =flags u" },
	{ 103, "=fromtrans u =fromdate d D =desttrans i" },
	{ 104, "=trans u" },
	{ 105, "=trans u =purgevol u =newtype u =newname S" },
	{ 106, "=trans u =flags u" },
	{ 108, "=vol u =partition u =flags u" },
	/* 655537 (sic): the number tcpdump gives get-size here */
	{ 109, "=fromtrans u =fromdate d" }, { 655537, "=fromtrans u =fromdate d" },
	{ 110, "=index u" },
	{ 111, "=tid u =newsite u" },
	{ 112, "=tid" }, { 113, "=tid" },
	{ 114, "=name S =type u =pid u =cloneid u" },
	{ 116, "=partition u =flags u" },
	{ 117, "=tid u =name S =type u =pid u =clone u =backup u" },
	{ 119, "=name S" },
	{ 120, "=tid u" },
	{ 121, "=partid u =volid u" }, { 122, "=partid u =volid u" },
	{ 124, "=partid u =volid u" }, { 125, "=partid u =volid u" },
	{ 65536, "=partid u =volid u" },
	{ 123, "=tid u =date d" },
	{ 126, "=tid u" },
	{ 128, "=fromtrans u =fromdate d L" },
	{ 65538, "=fromtrans u =fromdate d =flags u" },
	{ 0, NULL }
};

static const struct rx_args vol_reply_args[] = {
	{ 100, "=volid u =trans u" },
	{ 104, "u" },
	{ 105, "=newvol u" },
	{ 107, "u" },
	{ 108, "=trans u" },
	{ 110, "=volume u =partition u" },
	{ 112, "S" },
	{ 113, "=volid u =nextuniq u =type u =parentid u =clone u =backup u =restore u "
	       "=maxquota u =minquota u =owner u =create d =access d =update d =expire d "
	       "=backup d =copy d" },
	{ 116, "Q" }, { 121, "Q" },
	{ 0, NULL }
};

static const struct rx_args bos_call_args[] = {
	{ 80, "=type S =instance S" },
	{ 81, "S" }, { 83, "S" }, { 85, "S" }, { 87, "S" }, { 88, "S" }, { 93, "S" },
	{ 96, "S" }, { 97, "S" }, { 104, "S" }, { 106, "S" }, { 108, "S" },
	{ 112, "S" }, { 114, "S" },
	{ 82, "S =status i" }, { 98, "S =status i" },
	{ 86, "S =num i" },
	{ 84, "i" }, { 89, "i" }, { 90, "i" }, { 91, "i" }, { 92, "i" }, { 95, "i" },
	{ 105, "S =size i =flags i =date i" },
	{ 0, NULL }
};

static const struct rx_args ubik_call_args[] = {
	{ 10000, "Y =votestart d =dbversion B =tid B" },
	{ 10003, "=site u" },
	{ 20000, "=tid B" }, { 20001, "=tid B" }, { 20007, "=tid B" },
	{ 20008, "=tid B" }, { 20010, "=tid B" },
	{ 20002, "=tid B =file i =pos i =length i x" },
	{ 20003, "=tid B =file i =pos i" },
	{ 20005, "=file i" },
	{ 20006, "=file i =length i =dbversion B" },
	{ 20009, "=tid B =file i =length i" },
	{ 20012, "=tid B =oldversion B =newversion B" },
	{ 0, NULL }
};

static const struct rx_args ubik_reply_args[] = {
	{ 10000, "=vote_no" },
	{ 20004, "=dbversion B" },
	{ 0, NULL }
};

/* an abort answering a beacon is a yes vote */
static const struct rx_args ubik_abort_args[] = {
	{ 10000, "=vote_yes_until d" },
	{ 0, NULL }
};

struct rx_service {
	unsigned port;
	const char *name;
	const struct tok *ops;
	const struct rx_args *call, *reply;
	unsigned strmax;	/* longest string argument */
	unsigned vecmax;	/* width of a name sent a character per word */
	uint8_t ubik;		/* also carries Ubik opcodes */
	uint8_t short_reply;	/* a reply of just a header still names its call */
};

static const struct rx_service rx_services[] = {
	{ 7000, "fs", fs_ops, fs_call_args, fs_reply_args, 256, 0, 0, 0 },
	{ 7001, "cb", cb_ops, cb_call_args, cb_reply_args, 256, 0, 0, 0 },
	{ 7002, "pt", pt_ops, pt_call_args, pt_reply_args, 64, 64, 1, 1 },
	{ 7003, "vldb", vldb_ops, vldb_call_args, vldb_reply_args, 65, 65, 1, 1 },
	{ 7004, "kauth", kauth_ops, kauth_call_args, NULL, 64, 0, 1, 0 },
	{ 7005, "vol", vol_ops, vol_call_args, vol_reply_args, 256, 0, 0, 0 },
	{ 7007, "bos", bos_ops, bos_call_args, NULL, 256, 0, 0, 0 },
};

/* ---- the calls seen, to name the replies ---------------------------------- */

struct rx_call {
	uint32_t callnum;
	uint32_t client;	/* the call's IPv4 source and destination */
	uint32_t server;
	uint16_t port;		/* the server's port */
	uint16_t service;	/* RX service ID */
	uint32_t op;
};

struct dx_rx_state {
	struct rx_call ent[RX_CACHE_SIZE];
	unsigned next;		/* where the next call goes */
	unsigned hint;		/* where the last search ended */
};

void rx_state_free(struct dx_rx_state *st)
{
	free(st);
}

static struct dx_rx_state *rx_state(struct dx *dx)
{
	if (!dx->rx)
		dx->rx = calloc(1, sizeof(*dx->rx));
	return dx->rx;
}

/*
 * The addresses are read as an IPv4 header's (bytes 12-19), whatever the
 * IP version, as tcpdump does.
 */
static void rx_call_record(struct dx *dx, const uint8_t *bp, const uint8_t *iph, unsigned dport)
{
	struct dx_rx_state *st;
	struct rx_call *e;

	if (dx->replay || !DX_TTEST(dx, bp + RX_HDRLEN, 4))
		return;
	st = rx_state(dx);
	if (!st)
		return;
	e = &st->ent[st->next];
	st->next = (st->next + 1) % RX_CACHE_SIZE;
	e->callnum = GET_BE32(dx, bp + 8);
	e->client = GET_BE32(dx, iph + 12);
	e->server = GET_BE32(dx, iph + 16);
	e->port = (uint16_t)dport;
	e->service = GET_BE16(dx, bp + 26);
	e->op = GET_BE32(dx, bp + RX_HDRLEN);
}

/* the opcode of the call a reply from port sport answers; 1 if known */
static int rx_call_find(struct dx *dx, const uint8_t *bp, const uint8_t *iph, unsigned sport,
			uint32_t *op)
{
	struct dx_rx_state *st;
	uint32_t callnum, client, server;
	unsigned service, i;

	if (dx->replay) {
		*op = dx->replay->rx_op;
		return dx->replay->rx_reply == 1;
	}
	client = GET_BE32(dx, iph + 16);
	server = GET_BE32(dx, iph + 12);
	callnum = GET_BE32(dx, bp + 8);
	service = GET_BE16(dx, bp + 26);
	st = rx_state(dx);
	dx->state.rx_reply = 2;
	if (!st)
		return 0;
	i = st->hint;
	do {
		const struct rx_call *e = &st->ent[i];

		if (e->callnum == callnum && e->client == client && e->server == server &&
		    e->service == service && e->port == sport) {
			st->hint = i;
			*op = e->op;
			dx->state.rx_reply = 1;
			dx->state.rx_op = e->op;
			return 1;
		}
		i = (i + 1) % RX_CACHE_SIZE;
	} while (i != st->hint);
	return 0;
}

/* ---- argument items ------------------------------------------------------ */

struct rx_cur {
	struct dx *dx;
	const uint8_t *p;
	const uint8_t *end;	/* the RX layer's end, for the tree */
	const struct rx_service *svc;
	const char *label;	/* the last literal: the next value's name */
};

static const char *rx_label(struct rx_cur *c, const char *dflt)
{
	const char *l = c->label ? c->label : dflt;

	c->label = NULL;
	return l;
}

static void put_u32(struct rx_cur *c)
{
	uint32_t v = GET_BE32(c->dx, c->p);

	dx_printf(c->dx, " %u", v);
	DX_FIELD_IN(c->dx, c->p, 4, c->end, "%s: %u", rx_label(c, "Value"), v);
	c->p += 4;
}

static void put_s32(struct rx_cur *c)
{
	int32_t v = (int32_t)GET_BE32(c->dx, c->p);

	dx_printf(c->dx, " %d", v);
	DX_FIELD_IN(c->dx, c->p, 4, c->end, "%s: %d", rx_label(c, "Value"), v);
	c->p += 4;
}

static void put_u64(struct rx_cur *c)
{
	uint64_t v = GET_BE64(c->dx, c->p);

	dx_printf(c->dx, " %llu", (unsigned long long)v);
	DX_FIELD_IN(c->dx, c->p, 8, c->end, "%s: %llu", rx_label(c, "Value"),
		    (unsigned long long)v);
	c->p += 8;
}

static void put_date(struct rx_cur *c)
{
	time_t t = (time_t)(int32_t)GET_BE32(c->dx, c->p);
	struct tm tm;
	char buf[64];

	buf[0] = '\0';
	if (localtime_r(&t, &tm))
		strftime(buf, sizeof(buf), "%Y/%m/%d %H:%M:%S", &tm);
	dx_printf(c->dx, " %s", buf);
	DX_FIELD_IN(c->dx, c->p, 4, c->end, "%s: %s", rx_label(c, "Date"), buf);
	c->p += 4;
}

static int put_fid(struct rx_cur *c)
{
	uint32_t vol, vnode, uniq;

	if (!DX_TTEST(c->dx, c->p, 12))
		return -1;
	vol = GET_BE32(c->dx, c->p);
	vnode = GET_BE32(c->dx, c->p + 4);
	uniq = GET_BE32(c->dx, c->p + 8);
	dx_printf(c->dx, " fid %u/%u/%u", vol, vnode, uniq);
	DX_FIELD_IN(c->dx, c->p, 12, c->end, "%s%sFID: %u/%u/%u", c->label ? c->label : "",
		    c->label ? " " : "", vol, vnode, uniq);
	c->label = NULL;
	c->p += 12;
	return 0;
}

static int put_string(struct rx_cur *c)
{
	uint32_t n = GET_BE32(c->dx, c->p);
	size_t mark;
	int tl;
	const char *text;

	if (n > c->svc->strmax)
		return -1;
	c->p += 4;
	dx_puts(c->dx, " \"");
	mark = c->dx->out->len;
	if (dx_printn(c->dx, c->p, n))
		return -1;
	dx_putc(c->dx, '"');
	if (c->dx->tree) {
		text = dx_text_since(c->dx, mark, &tl);
		DX_FIELD_IN(c->dx, c->p - 4, 4 + ((n + 3) & ~3u), c->end, "%s: \"%.*s",
			    rx_label(c, "Name"), tl, text);
	}
	c->p += (n + 3) & ~3u;
	return 0;
}

/* a name sent one character per 4-byte word, width words */
static int put_vector(struct rx_cur *c, unsigned width)
{
	const uint8_t *p = c->p;
	unsigned k;
	size_t mark;
	int tl;
	const char *text;

	if (!DX_TTEST(c->dx, p, (size_t)width * 4))
		return -1;
	dx_puts(c->dx, " \"");
	mark = c->dx->out->len;
	for (k = 0; k < width; k++) {
		uint8_t ch = (uint8_t)GET_BE32(c->dx, p + 4 * k);

		if (!ch)
			break;
		dx_print_char(c->dx, ch);
	}
	dx_putc(c->dx, '"');
	if (c->dx->tree) {
		text = dx_text_since(c->dx, mark, &tl);
		DX_FIELD_IN(c->dx, p, (size_t)width * 4, c->end, "%s: \"%.*s",
			    rx_label(c, "Name"), tl, text);
	}
	c->p += (size_t)width * 4;
	return 0;
}

static int put_storestatus(struct rx_cur *c)
{
	static const char *const names[] = { "owner", "group", "mode", "segsize" };
	uint32_t mask, v;
	unsigned k;

	if (!DX_TTEST(c->dx, c->p, 24))
		return -1;
	mask = GET_BE32(c->dx, c->p);
	DX_FIELD_IN(c->dx, c->p, 4, c->end, "StoreStatus mask: 0x%08x", mask);
	c->p += 4;
	if (mask)
		dx_puts(c->dx, " StoreStatus");
	if (mask & 1) {
		dx_puts(c->dx, " date");
		c->label = "Client modification time";
		put_date(c);
	} else {
		c->p += 4;
	}
	for (k = 0; k < 4; k++) {
		v = GET_BE32(c->dx, c->p);
		if (mask & (2u << k)) {
			if (k == 2)
				dx_printf(c->dx, " mode %o", v & 07777);
			else
				dx_printf(c->dx, " %s %u", names[k], v);
			DX_FIELD_IN(c->dx, c->p, 4, c->end, "%s: %u", names[k], v);
		}
		c->p += 4;
	}
	if (mask & 1024)
		dx_puts(c->dx, " fsync");
	return 0;
}

static int put_ubik_version(struct rx_cur *c)
{
	uint32_t epoch, counter;

	if (!DX_TTEST(c->dx, c->p, 8))
		return -1;
	epoch = GET_BE32(c->dx, c->p);
	counter = GET_BE32(c->dx, c->p + 4);
	dx_printf(c->dx, " %u.%u", epoch, counter);
	DX_FIELD_IN(c->dx, c->p, 8, c->end, "%s: %u.%u", rx_label(c, "Ubik version"), epoch,
		    counter);
	c->p += 8;
	return 0;
}

static int put_uuid(struct rx_cur *c)
{
	const uint8_t *p = c->p;
	size_t mark = c->dx->out->len;
	unsigned k;
	int tl;
	const char *text;

	if (!DX_TTEST(c->dx, p, 44))
		return -1;
	dx_printf(c->dx, " %08x%04x%04x", GET_BE32(c->dx, p), GET_BE32(c->dx, p + 4),
		  GET_BE32(c->dx, p + 8));
	for (k = 0; k < 8; k++)
		dx_printf(c->dx, "%02x", GET_BE32(c->dx, p + 12 + 4 * k) & 0xff);
	if (c->dx->tree) {
		text = dx_text_since(c->dx, mark + 1, &tl);
		DX_FIELD_IN(c->dx, p, 44, c->end, "%s: %.*s", rx_label(c, "AFS UUID"), tl, text);
	}
	c->p += 44;
	return 0;
}

static int put_destserver(struct rx_cur *c)
{
	uint32_t a, b, d;

	if (!DX_TTEST(c->dx, c->p, 12))
		return -1;
	a = GET_BE32(c->dx, c->p);
	b = GET_BE32(c->dx, c->p + 4);
	d = GET_BE32(c->dx, c->p + 8);
	dx_printf(c->dx, " server %u:%u:%u", a, b, d);
	DX_FIELD_IN(c->dx, c->p, 12, c->end, "Destination server: %u:%u:%u", a, b, d);
	c->p += 12;
	return 0;
}

/* ACL rights letters, in the order the fs command shows them */
static const struct {
	unsigned bit;
	char c;
} acl_rights[] = {
	{ 1, 'r' }, { 8, 'l' }, { 4, 'i' }, { 16, 'd' }, { 2, 'w' }, { 32, 'k' }, { 64, 'a' },
};

/* count "user rights" lines as " +{user rl}" (sign '+') or " -{...}"; 0 to go on */
static int put_acl_entries(struct dx *dx, const char **sp, const char *end, int count, char sign)
{
	char user[AFS_USER_MAX + 1];
	int acl, n, i;
	size_t k;

	for (i = 0; i < count; i++) {
		if (sscanf(*sp, "%1024s %d\n%n", user, &acl, &n) != 2)
			return -1;
		*sp += n;
		dx_printf(dx, " %c{", sign);
		for (k = 0; user[k]; k++)
			dx_print_char(dx, (uint8_t)user[k]);
		dx_putc(dx, ' ');
		for (k = 0; k < sizeof(acl_rights) / sizeof(acl_rights[0]); k++)
			if ((unsigned)acl & acl_rights[k].bit)
				dx_putc(dx, acl_rights[k].c);
		dx_putc(dx, '}');
		if (*sp > end)
			return -1;
	}
	return 0;
}

/* an ACL's text: "npos nneg\n", then npos positive and nneg negative entries */
static void put_acl_text(struct dx *dx, const char *s, const char *end)
{
	int npos, nneg, n;

	if (sscanf(s, "%d %d\n%n", &npos, &nneg, &n) != 2)
		return;
	s += n;
	if (s > end)
		return;
	if (put_acl_entries(dx, &s, end, npos, '+') == 0)
		put_acl_entries(dx, &s, end, nneg, '-');
}

static int put_acl(struct rx_cur *c)
{
	char a[AFS_OPAQUE_MAX + 1];
	uint32_t n = GET_BE32(c->dx, c->p);
	size_t k;

	c->p += 4;
	if (!DX_TTEST(c->dx, c->p, n))
		return -1;
	DX_FIELD_IN(c->dx, c->p - 4, 4 + (size_t)n, c->end, "ACL (%u bytes)", n);
	if (n > AFS_OPAQUE_MAX)
		n = AFS_OPAQUE_MAX;
	for (k = 0; k < n && c->p[k]; k++)
		a[k] = (char)c->p[k];
	a[k] = '\0';
	put_acl_text(c->dx, a, a + n);
	return 0;
}

/* a count, then that many items of one kind; " <none!>" for none */
static int put_list(struct rx_cur *c, char kind)
{
	uint32_t n = GET_BE32(c->dx, c->p), i;

	DX_FIELD_IN(c->dx, c->p, 4, c->end, "Count: %u", n);
	c->p += 4;
	for (i = 0; i < n; i++) {
		switch (kind) {
		case 'N':
			if (put_fid(c) < 0)
				return -1;
			break;
		case 'L':
			if (put_destserver(c) < 0)
				return -1;
			break;
		case 'I':
			put_s32(c);
			break;
		case 'W':
			if (put_vector(c, c->svc->vecmax) < 0)
				return -1;
			break;
		case 'Q':
			dx_puts(c->dx, " name");
			c->label = "name";
			if (put_vector(c, 32) < 0)
				return -1;
			dx_puts(c->dx, " volid");
			c->label = "volid";
			put_u32(c);
			dx_puts(c->dx, " type");
			c->p += 4 * 21;
			break;
		}
		if ((kind == 'N' || kind == 'L' || kind == 'Q') && i != n - 1)
			dx_putc(c->dx, ',');
	}
	if (n == 0)
		dx_puts(c->dx, " <none!>");
	return 0;
}

/* the callback call's second list: version, expiry and type of each */
static void put_callbacks(struct rx_cur *c)
{
	uint32_t n = GET_BE32(c->dx, c->p), i, v;

	DX_FIELD_IN(c->dx, c->p, 4, c->end, "Callbacks: %u", n);
	c->p += 4;
	if (n)
		dx_putc(c->dx, ';');
	for (i = 0; i < n; i++) {
		dx_puts(c->dx, " ver");
		c->label = "ver";
		put_s32(c);
		dx_puts(c->dx, " expires");
		c->label = "expires";
		put_date(c);
		v = GET_BE32(c->dx, c->p);
		DX_FIELD_IN(c->dx, c->p, 4, c->end, "Callback type: %u", v);
		c->p += 4;
	}
}

/* a volume location entry with slots servers; uuid: servers by UUID */
static int put_vldb_entry(struct rx_cur *c, unsigned slots, int uuid, int skip)
{
	uint32_t nservers, v, i;

	if (put_vector(c, c->svc->vecmax) < 0)
		return -1;
	if (skip) {
		if (!DX_TTEST(c->dx, c->p, 4))
			return -1;
		c->p += 4;
	}
	dx_puts(c->dx, " numservers");
	nservers = GET_BE32(c->dx, c->p);
	dx_printf(c->dx, " %u", nservers);
	DX_FIELD_IN(c->dx, c->p, 4, c->end, "Number of servers: %u", nservers);
	c->p += 4;
	dx_puts(c->dx, " servers");
	for (i = 0; i < slots; i++) {
		if (uuid) {
			if (i < nservers) {
				dx_puts(c->dx, " afsuuid");
				c->label = "Server UUID";
				if (put_uuid(c) < 0)
					return -1;
				continue;
			}
			if (!DX_TTEST(c->dx, c->p, 44))
				return -1;
			c->p += 44;
			continue;
		}
		if (!DX_TTEST(c->dx, c->p, 4))
			return -1;
		if (i < nservers) {
			char a[16];

			dx_fmt_ip4(a, sizeof(a), c->p);
			dx_printf(c->dx, " %s", a);
			DX_FIELD_IN(c->dx, c->p, 4, c->end, "Server: %s", a);
		}
		c->p += 4;
	}
	if (uuid) {
		if (!DX_TTEST(c->dx, c->p, 4 * 13))
			return -1;
		c->p += 4 * 13;
	}
	dx_puts(c->dx, " partitions");
	for (i = 0; i < slots; i++) {
		v = GET_BE32(c->dx, c->p);
		if (i < nservers && v <= 26)
			dx_printf(c->dx, " %c", 'a' + v);
		else if (i < nservers)
			dx_printf(c->dx, " %u", v);
		if (i < nservers)
			DX_FIELD_IN(c->dx, c->p, 4, c->end, "Partition: %u", v);
		c->p += 4;
	}
	if (!DX_TTEST(c->dx, c->p, (size_t)slots * 4))
		return -1;
	c->p += (size_t)slots * 4;
	dx_puts(c->dx, " rwvol");
	c->label = "rwvol";
	put_u32(c);
	dx_puts(c->dx, " rovol");
	c->label = "rovol";
	put_u32(c);
	dx_puts(c->dx, " backup");
	c->label = "backup";
	put_u32(c);
	return 0;
}

/* one literal item "=word": printed, and kept as the next value's name */
static const char *put_literal(struct rx_cur *c, const char *s, char *label, size_t cap)
{
	size_t n = 0;

	dx_putc(c->dx, ' ');
	for (; *s && *s != ' '; s++) {
		char ch = *s == '_' ? ' ' : *s;

		dx_putc(c->dx, ch);
		if (n + 1 < cap && ch != ':')
			label[n++] = ch;
	}
	label[n] = '\0';
	c->label = label;
	return s;
}

/* run an item list (see struct rx_args); -1 when cut where the text checks */
static int put_items(struct rx_cur *c, const char *s)
{
	char label[32];
	int r = 0;

	for (; *s && r == 0; s++) {
		switch (*s) {
		case ' ':
			break;
		case '=':
			s = put_literal(c, s + 1, label, sizeof(label)) - 1;
			break;
		case 'u':
			put_u32(c);
			break;
		case 'i':
			put_s32(c);
			break;
		case 'l':
			put_u64(c);
			break;
		case 'd':
			put_date(c);
			break;
		case 'F':
			r = put_fid(c);
			break;
		case 'S':
			r = put_string(c);
			break;
		case 'V':
			r = put_vector(c, c->svc->vecmax);
			break;
		case 'v':
			r = put_vector(c, 32);
			break;
		case 'A':
			r = put_storestatus(c);
			break;
		case 'B':
			r = put_ubik_version(c);
			break;
		case 'X':
			r = put_uuid(c);
			break;
		case 'D':
			r = put_destserver(c);
			break;
		case 'T': {
			uint32_t t = GET_BE32(c->dx, c->p);

			if (t <= 2)
				dx_printf(c->dx, " type %s", vol_types[t]);
			DX_FIELD_IN(c->dx, c->p, 4, c->end, "Volume type: %u", t);
			c->p += 4;
			c->label = NULL;
			break;
		}
		case 'x': {
			uint32_t v = GET_BE32(c->dx, c->p);

			DX_FIELD_IN(c->dx, c->p, 4, c->end, "%s: %u", rx_label(c, "Type"), v);
			c->p += 4;
			break;
		}
		case 'Y': {
			uint32_t v = GET_BE32(c->dx, c->p);

			dx_printf(c->dx, " syncsite %s", v ? "yes" : "no");
			DX_FIELD_IN(c->dx, c->p, 4, c->end, "Sync site: %u", v);
			c->p += 4;
			break;
		}
		case 'a':
			r = put_acl(c);
			break;
		case 'K': {
			uint32_t n = GET_BE32(c->dx, c->p);

			c->p += 4;
			if (!DX_TTEST(c->dx, c->p, n))
				return -1;
			DX_FIELD_IN(c->dx, c->p - 4, 4 + (size_t)n, c->end, "Ticket (%u bytes)", n);
			c->p += n;
			break;
		}
		case 'N':
		case 'I':
		case 'W':
		case 'L':
		case 'Q':
			r = put_list(c, *s);
			break;
		case 'C':
			put_callbacks(c);
			break;
		case 'E':
			r = put_vldb_entry(c, 8, 0, 1);
			break;
		case 'G':
			r = put_vldb_entry(c, 13, 0, 0);
			break;
		case 'H':
			r = put_vldb_entry(c, 13, 1, 0);
			break;
		}
		if (!*s)
			break;
	}
	return r;
}

static const char *args_for(const struct rx_args *t, uint32_t op)
{
	for (; t && t->items; t++)
		if (t->op == op)
			return t->items;
	return NULL;
}

/* ---- calls and replies ------------------------------------------------- */

static int is_ubik(uint32_t op)
{
	return (op >= 10000 && op <= 10007) || (op >= 20000 && op <= 20013);
}

static void rx_call_print(struct dx *dx, const struct rx_service *svc, const uint8_t *bp,
			  unsigned length)
{
	struct rx_cur c = { dx, bp + RX_HDRLEN + 4, bp + length, svc, NULL };
	const char *name, *items;
	uint32_t op;

	if (length <= RX_HDRLEN)
		return;
	op = GET_BE32(dx, bp + RX_HDRLEN);
	dx_printf(dx, " %s", svc->name);
	if (svc->ubik && is_ubik(op)) {
		name = tok2str(dx, ubik_ops, "op#%u", op);
		dx_printf(dx, " ubik call %s", name);
		DX_FIELD_IN(dx, bp + RX_HDRLEN, 4, c.end, "Ubik call: %s (%u)", name, op);
		items = args_for(ubik_call_args, op);
		if (items && put_items(&c, items) < 0)
			dx_puts(dx, " [|ubik]");
		return;
	}
	name = tok2str(dx, svc->ops, "op#%u", op);
	dx_printf(dx, " call %s", name);
	DX_FIELD_IN(dx, bp + RX_HDRLEN, 4, c.end, "Call: %s (%u)", name, op);
	items = args_for(svc->call, op);
	if (items && put_items(&c, items) < 0)
		dx_printf(dx, " [|%s]", svc->name);
}

static void rx_reply_print(struct dx *dx, const struct rx_service *svc, const uint8_t *bp,
			   unsigned length, uint32_t op)
{
	struct rx_cur c = { dx, bp + RX_HDRLEN, bp + length, svc, NULL };
	const char *items, *name;
	unsigned type;
	int ubik = svc->ubik && is_ubik(op);

	if (length < RX_HDRLEN || (length == RX_HDRLEN && !svc->short_reply))
		return;
	dx_printf(dx, " %s", svc->name);
	name = tok2str(dx, ubik ? ubik_ops : svc->ops, "op#%u", op);
	dx_printf(dx, ubik ? " ubik reply %s" : " reply %s", name);
	DX_FIELD_IN(dx, bp + 8, 4, c.end, "%s: %s (%u)", ubik ? "Ubik reply to" : "Reply to", name,
		    op);
	type = GET_U8(dx, bp + 20);
	if (type == RX_TYPE_DATA) {
		items = args_for(ubik ? ubik_reply_args : svc->reply, op);
	} else if (ubik) {
		items = args_for(ubik_abort_args, op);
		if (!items)
			items = "=errcode i";
	} else if (svc->port == 7000) {
		int32_t err;

		if (type != RX_TYPE_ABORT) {
			dx_printf(dx, " strange fs reply of type %u", type);
			return;
		}
		err = (int32_t)GET_BE32(dx, c.p);
		name = tok2str(dx, fs_errors, "#%d", (unsigned)err);
		dx_printf(dx, " error %s", name);
		DX_FIELD_IN(dx, c.p, 4, c.end, "Error: %s (%d)", name, err);
		return;
	} else {
		items = "=errcode i";
	}
	if (items && put_items(&c, items) < 0)
		dx_printf(dx, " [|%s]", ubik ? "ubik" : svc->name);
}

/* ---- acks ---------------------------------------------------------------- */

/* the runs of packets whose ack byte is want: " label a-b,c,d-e" */
static void ack_runs(struct dx *dx, const uint8_t *acks, unsigned n, uint32_t first,
		     unsigned want, const char *label)
{
	int start = -2, last = -2, i;

	for (i = 0; i < (int)n; i++) {
		if (GET_U8(dx, acks + i) == want) {
			if (last == -2) {
				dx_printf(dx, " %s %u", label, first + (unsigned)i);
				start = i;
			} else if (last != i - 1) {
				dx_printf(dx, ",%u", first + (unsigned)i);
				start = i;
			}
			last = i;
		} else if (last == i - 1 && start != last) {
			dx_printf(dx, "-%u", first + (unsigned)i - 1);
		}
	}
	if (last == i - 1 && start != last)
		dx_printf(dx, "-%u", first + (unsigned)i - 1);
}

static void rx_ack_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	static const char *const extra[] = { "ifmtu", "maxmtu", "rwind", "maxpackets" };
	const uint8_t *p, *end = bp + length;
	uint32_t first, serial;
	unsigned nacks, reason, k;
	const char *rname;

	if (length < RX_HDRLEN)
		return;
	p = bp + RX_HDRLEN;
	if (!DX_TTEST(dx, p, RX_ACKLEN)) {
		dx_puts(dx, " [|ack]");
		return;
	}
	if (dx->opts->verbose > 2)
		dx_printf(dx, " bufspace %u maxskew %u", GET_BE16(dx, p), GET_BE16(dx, p + 2));
	first = GET_BE32(dx, p + 4);
	serial = GET_BE32(dx, p + 12);
	reason = GET_U8(dx, p + 16);
	rname = tok2str(dx, rx_ack_reasons, "#%u", reason);
	dx_printf(dx, " first %u serial %u reason %s", first, serial, rname);
	DX_SUBTREE(dx, p, RX_ACKLEN, "Ack");
	DX_FIELD_IN(dx, p, 2, end, "Buffer space: %u", GET_BE16(dx, p));
	DX_FIELD_IN(dx, p + 2, 2, end, "Max skew: %u", GET_BE16(dx, p + 2));
	DX_FIELD_IN(dx, p + 4, 4, end, "First packet: %u", first);
	DX_FIELD_IN(dx, p + 8, 4, end, "Previous packet: %u", GET_BE32(dx, p + 8));
	DX_FIELD_IN(dx, p + 12, 4, end, "Serial: %u", serial);
	DX_FIELD_IN(dx, p + 16, 1, end, "Reason: %s (%u)", rname, reason);
	nacks = GET_U8(dx, p + 17);
	DX_FIELD_IN(dx, p + 17, 1, end, "Acks: %u", nacks);
	DX_LAYER_END(dx);
	p += RX_ACKLEN;
	if (nacks) {
		if (!DX_TTEST(dx, p, nacks)) {
			dx_puts(dx, " [|ack]");
			return;
		}
		DX_FIELD_IN(dx, p, nacks, end, "Ack list (%u packets from %u)", nacks, first);
		ack_runs(dx, p, nacks, first, 1, "acked");
		ack_runs(dx, p, nacks, first, 0, "nacked");
		p += nacks;
	}
	p += 3;		/* padding */
	if (dx->opts->verbose <= 1)
		return;
	for (k = 0; k < 4; k++) {
		uint32_t v;

		if (DX_BYTES_AVAIL(dx, p) < 4)
			return;
		v = GET_BE32(dx, p);
		dx_printf(dx, " %s %u", extra[k], v);
		DX_FIELD_IN(dx, p, 4, end, "%s: %u", extra[k], v);
		p += 4;
	}
}

/* ---- the RX header ----------------------------------------------------- */

static const struct rx_service *rx_service(unsigned port)
{
	size_t i;

	for (i = 0; i < sizeof(rx_services) / sizeof(rx_services[0]); i++)
		if (rx_services[i].port == port)
			return &rx_services[i];
	return NULL;
}

static void rx_header_tree(struct dx *dx, const uint8_t *bp, const char *tname, unsigned flags)
{
	DX_FIELD(dx, bp, 4, "Epoch: %u", GET_BE32(dx, bp));
	DX_FIELD(dx, bp + 4, 4, "Connection ID: 0x%08x", GET_BE32(dx, bp + 4));
	DX_FIELD(dx, bp + 8, 4, "Call number: %u", GET_BE32(dx, bp + 8));
	DX_FIELD(dx, bp + 12, 4, "Sequence: %u", GET_BE32(dx, bp + 12));
	DX_FIELD(dx, bp + 16, 4, "Serial: %u", GET_BE32(dx, bp + 16));
	DX_FIELD(dx, bp + 20, 1, "Type: %s (%u)", tname, GET_U8(dx, bp + 20));
	DX_FIELD(dx, bp + 21, 1, "Flags: 0x%02x", flags);
	DX_FIELD(dx, bp + 22, 1, "User status: %u", GET_U8(dx, bp + 22));
	DX_FIELD(dx, bp + 23, 1, "Security index: %u", GET_U8(dx, bp + 23));
	DX_FIELD(dx, bp + 24, 2, "Spare: %u", GET_BE16(dx, bp + 24));
	DX_FIELD(dx, bp + 26, 2, "Service ID: %u", GET_BE16(dx, bp + 26));
}

void rx_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned sport, unsigned dport,
	      const uint8_t *iph)
{
	const struct rx_service *svc;
	unsigned type, flags, i, nflags = 0;
	uint32_t seq, op;
	const char *tname;

	dx_proto(dx, "rx");
	DX_LAYER(dx, bp, length, "RX (AFS)");
	if (!DX_TTEST(dx, bp, RX_HDRLEN)) {
		dx_printf(dx, " [|rx] (%u)", length);
		DX_LAYER_END(dx);
		return;
	}
	type = GET_U8(dx, bp + 20);
	flags = GET_U8(dx, bp + 21);
	seq = GET_BE32(dx, bp + 12);
	tname = tok2str(dx, rx_types, "type %u", type);
	dx_printf(dx, " rx %s", tname);
	if (dx->tree)
		rx_header_tree(dx, bp, tname, flags);

	if (dx->opts->verbose) {
		if (dx->opts->verbose > 1)
			dx_printf(dx, " cid %08x call# %u", GET_BE32(dx, bp + 4), GET_BE32(dx, bp + 8));
		dx_printf(dx, " seq %u ser %u", seq, GET_BE32(dx, bp + 16));
		if (dx->opts->verbose > 2)
			dx_printf(dx, " secindex %u serviceid %u", GET_U8(dx, bp + 23),
				  GET_BE16(dx, bp + 26));
		if (dx->opts->verbose > 1) {
			for (i = 0; i < sizeof(rx_flag_names) / sizeof(rx_flag_names[0]); i++) {
				if (!(flags & rx_flag_names[i].bit) ||
				    (rx_flag_names[i].type && rx_flag_names[i].type != type))
					continue;
				dx_printf(dx, "%s<%s>", nflags++ ? "," : " ", rx_flag_names[i].name);
			}
		}
	}

	if (type == RX_TYPE_DATA && seq == 1 && (flags & RX_CLIENT_INITIATED)) {
		rx_call_record(dx, bp, iph, dport);
		svc = rx_service(dport);
		if (svc)
			rx_call_print(dx, svc, bp, length);
	} else if (((type == RX_TYPE_DATA && seq == 1) || type == RX_TYPE_ABORT) &&
		   !(flags & RX_CLIENT_INITIATED) && rx_call_find(dx, bp, iph, sport, &op)) {
		svc = rx_service(sport);
		if (svc)
			rx_reply_print(dx, svc, bp, length, op);
	} else if (type == RX_TYPE_ACK) {
		rx_ack_print(dx, bp, length);
	}
	dx_printf(dx, " (%u)", length);
	DX_LAYER_END(dx);
}
