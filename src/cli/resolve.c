// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: host and port names for output without -n
 *
 * Like tcpdump: reverse DNS for addresses, /etc/services for ports. Each
 * answer (or failure) is cached; a lookup runs in a helper thread and is
 * given up after a short deadline, so an unreachable resolver costs at most
 * that once per address instead of stalling every packet.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <pcap/pcap.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "cli.h"
#include "core/esc.h"
#include "core/strbuf.h"

#define RES_SLOTS 4096
#define RES_DEADLINE_MS 1500
#define PORT_SLOTS 65536

struct res_entry {
	int used;
	int family;
	uint8_t addr[16];
	char *name;	/* NULL: numeric */
};

struct lookup {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int done;
	int abandoned;
	int family;
	uint8_t addr[16];
	char name[NI_MAXHOST];
	int ok;
};

static struct res_entry table[RES_SLOTS];
static char *tcp_names[PORT_SLOTS];
static char *udp_names[PORT_SLOTS];
static uint8_t tcp_done[PORT_SLOTS / 8], udp_done[PORT_SLOTS / 8];
static int dns_dead;	/* the resolver timed out: stop asking */
static int no_domain;	/* -N */
static int foreign;	/* -f: only addresses of localnet/netmask get names */
static uint32_t localnet, netmask;	/* network byte order */

static void lookup_free(struct lookup *l)
{
	pthread_mutex_destroy(&l->mu);
	pthread_cond_destroy(&l->cv);
	free(l);
}

static void *lookup_thread(void *arg)
{
	struct lookup *l = arg;
	struct sockaddr_storage ss;
	socklen_t sl;
	int abandoned;

	memset(&ss, 0, sizeof(ss));
	if (l->family == AF_INET) {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;

		s4->sin_family = AF_INET;
		memcpy(&s4->sin_addr, l->addr, 4);
		sl = sizeof(*s4);
	} else {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;

		s6->sin6_family = AF_INET6;
		memcpy(&s6->sin6_addr, l->addr, 16);
		sl = sizeof(*s6);
	}
	l->ok = getnameinfo((struct sockaddr *)&ss, sl, l->name, sizeof(l->name), NULL, 0,
			    NI_NAMEREQD) == 0;
	pthread_mutex_lock(&l->mu);
	l->done = 1;
	abandoned = l->abandoned;
	pthread_cond_signal(&l->cv);
	pthread_mutex_unlock(&l->mu);
	if (abandoned)
		lookup_free(l);
	return NULL;
}

static char *lookup(int family, const uint8_t *addr)
{
	struct lookup *l;
	struct timespec dl;
	pthread_t th;
	char *res = NULL;
	int rc = 0;

	if (dns_dead)
		return NULL;
	l = calloc(1, sizeof(*l));
	if (!l)
		return NULL;
	pthread_mutex_init(&l->mu, NULL);
	pthread_cond_init(&l->cv, NULL);
	l->family = family;
	memcpy(l->addr, addr, family == AF_INET ? 4 : 16);
	if (pthread_create(&th, NULL, lookup_thread, l) != 0) {
		lookup_free(l);
		return NULL;
	}
	pthread_detach(th);
	clock_gettime(CLOCK_REALTIME, &dl);
	dl.tv_nsec += (RES_DEADLINE_MS % 1000) * 1000000L;
	dl.tv_sec += RES_DEADLINE_MS / 1000 + dl.tv_nsec / 1000000000L;
	dl.tv_nsec %= 1000000000L;
	pthread_mutex_lock(&l->mu);
	while (!l->done && rc != ETIMEDOUT)
		rc = pthread_cond_timedwait(&l->cv, &l->mu, &dl);
	if (!l->done) {
		l->abandoned = 1;
		dns_dead = 1;
		pthread_mutex_unlock(&l->mu);
		return NULL;
	}
	pthread_mutex_unlock(&l->mu);
	if (l->ok) {
		struct strbuf sb;

		if (no_domain) {
			char *dot = strchr(l->name, '.');

			if (dot)
				*dot = '\0';
		}
		strbuf_init(&sb);
		esc_append_str(&sb, l->name);
		res = sb.buf;
	}
	lookup_free(l);
	return res;
}

static const char *cached(int family, const uint8_t *addr)
{
	size_t alen = family == AF_INET ? 4 : 16;
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < alen; i++)
		h = (h ^ addr[i]) * 16777619u;
	for (i = 0; i < 8; i++) {
		struct res_entry *e = &table[(h + i) % RES_SLOTS];

		if (e->used && e->family == family && memcmp(e->addr, addr, alen) == 0)
			return e->name;
		if (!e->used) {
			e->used = 1;
			e->family = family;
			memcpy(e->addr, addr, alen);
			e->name = lookup(family, addr);
			return e->name;
		}
	}
	return NULL;	/* table crowded here: numeric */
}

static const char *res_ip4(void *ctx, const uint8_t a[4])
{
	uint32_t v;

	(void)ctx;
	memcpy(&v, a, 4);
	if (foreign && (v & netmask) != localnet)
		return NULL;
	return cached(AF_INET, a);
}

static const char *res_ip6(void *ctx, const uint8_t a[16])
{
	(void)ctx;
	return cached(AF_INET6, a);
}

static const char *port_name(unsigned port, const char *proto, char **names, uint8_t *done)
{
	struct servent se, *res = NULL;
	char buf[1024];

	if (port >= PORT_SLOTS)
		return NULL;
	if (done[port / 8] & (1u << (port % 8)))
		return names[port];
	done[port / 8] |= (uint8_t)(1u << (port % 8));
	if (getservbyport_r(htons((uint16_t)port), proto, &se, buf, sizeof(buf), &res) == 0 && res)
		names[port] = strdup(res->s_name);
	return names[port];
}

static const char *res_tcp(void *ctx, unsigned port)
{
	(void)ctx;
	return port_name(port, "tcp", tcp_names, tcp_done);
}

static const char *res_udp(void *ctx, unsigned port)
{
	(void)ctx;
	return port_name(port, "udp", udp_names, udp_done);
}

static const struct name_resolver cli_res = {
	.ctx = NULL,
	.ip4 = res_ip4,
	.ip6 = res_ip6,
	.tcp_port = res_tcp,
	.udp_port = res_udp,
	.mac = NULL,
};

const struct name_resolver *cli_resolver(const struct cmdline *c)
{
	char err[PCAP_ERRBUF_SIZE];

	no_domain = c->po.no_domain;
	/* -f: tcpdump's network is the one of the capture device */
	if (c->po.foreign_numeric) {
		const char *dev = c->cap.n_ifaces ? c->cap.ifaces[0] : "any";
		bpf_u_int32 net = 0, mask = 0;

		if (pcap_lookupnet(dev, &net, &mask, err) < 0) {
			fprintf(stderr, "ptcpdump: WARNING: foreign (-f) flag used but: %s\n", err);
			net = mask = 0;
		}
		foreign = 1;
		localnet = net;
		netmask = mask;
	}
	return &cli_res;
}
