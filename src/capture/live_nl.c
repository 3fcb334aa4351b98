// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: rtnetlink links: dump at start and watch for new and removed ones
 *
 * RFC 3549 (netlink); messages are struct nlmsghdr + struct ifinfomsg +
 * rtattr list, of which IFLA_IFNAME is used.
 */
#include "live_int.h"

#include <errno.h>
#include <linux/if_arp.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define NL_BUF 32768

int nl__link_kind(int arphrd)
{
	switch (arphrd) {
	case ARPHRD_ETHER:
	case ARPHRD_LOOPBACK:
		return 0;
	case ARPHRD_NONE:	/* tun, wireguard */
	case ARPHRD_RAWIP:
	case ARPHRD_PPP:
	case ARPHRD_TUNNEL:
	case ARPHRD_TUNNEL6:
	case ARPHRD_SIT:
	case ARPHRD_IPGRE:
		return 1;
	default:
		return -1;
	}
}

static void parse_link(const struct nlmsghdr *h, nl_link_fn fn, void *arg)
{
	const struct ifinfomsg *ifi = NLMSG_DATA(h);
	const struct rtattr *rta;
	struct nl_link lk;
	int len;

	if (h->nlmsg_len < NLMSG_LENGTH(sizeof(*ifi)))
		return;
	memset(&lk, 0, sizeof(lk));
	lk.ifindex = ifi->ifi_index;
	lk.type = ifi->ifi_type;
	lk.flags = ifi->ifi_flags;
	lk.deleted = h->nlmsg_type == RTM_DELLINK;
	len = (int)(h->nlmsg_len - NLMSG_LENGTH(sizeof(*ifi)));
	for (rta = IFLA_RTA(ifi); RTA_OK(rta, len); rta = RTA_NEXT(rta, len)) {
		if (rta->rta_type == IFLA_IFNAME) {
			size_t n = RTA_PAYLOAD(rta);

			if (n >= sizeof(lk.name))
				n = sizeof(lk.name) - 1;
			memcpy(lk.name, RTA_DATA(rta), n);
			lk.name[n] = '\0';
		}
	}
	if (lk.ifindex > 0 && lk.name[0])
		fn(arg, &lk);
}

/* Parse one datagram; 1 when NLMSG_DONE was seen, -errno on NLMSG_ERROR. */
static int parse_buf(const char *buf, ssize_t n, nl_link_fn fn, void *arg)
{
	const struct nlmsghdr *h;
	int len = (int)n;

	for (h = (const struct nlmsghdr *)buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
		if (h->nlmsg_type == NLMSG_DONE)
			return 1;
		if (h->nlmsg_type == NLMSG_ERROR) {
			const struct nlmsgerr *e = NLMSG_DATA(h);

			return e->error ? e->error : 1;
		}
		if (h->nlmsg_type == RTM_NEWLINK || h->nlmsg_type == RTM_DELLINK)
			parse_link(h, fn, arg);
	}
	return 0;
}

int nl__dump_links(nl_link_fn fn, void *arg)
{
	struct {
		struct nlmsghdr h;
		struct ifinfomsg i;
	} req;
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	char *buf;
	int fd, rc = 0;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (fd < 0)
		return -errno;
	buf = malloc(NL_BUF);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = RTM_GETLINK;
	req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	req.h.nlmsg_seq = 1;
	req.i.ifi_family = AF_UNSPEC;
	if (sendto(fd, &req, sizeof(req), 0, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		rc = -errno;
		goto out;
	}
	for (;;) {
		ssize_t n = recv(fd, buf, NL_BUF, 0);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			rc = -errno;
			break;
		}
		if (n == 0)
			break;
		rc = parse_buf(buf, n, fn, arg);
		if (rc != 0) {
			if (rc > 0)
				rc = 0;
			break;
		}
	}
out:
	free(buf);
	close(fd);
	return rc;
}

int nl__watch_open(void)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_groups = RTMGRP_LINK };
	int fd, sz = 1 << 20;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_ROUTE);
	if (fd < 0)
		return -errno;
	/* best effort: a burst of new containers should not overflow it */
	(void)setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &sz, sizeof(sz));
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int e = -errno;

		close(fd);
		return e;
	}
	return fd;
}

int nl__watch_read(int fd, nl_link_fn fn, void *arg)
{
	char buf[16384] __attribute__((aligned(4)));	/* called often: no malloc */
	int rc = 0;

	for (;;) {
		ssize_t n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			if (errno != EAGAIN && errno != EWOULDBLOCK)
				rc = -errno;	/* ENOBUFS: events lost; the caller re-dumps */
			break;
		}
		if (n == 0)
			break;
		(void)parse_buf(buf, n, fn, arg);
	}
	return rc;
}
