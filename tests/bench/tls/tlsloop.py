# make bench, TLS key logs: N HTTPS requests, one connection each, through
# Debian's libssl (Python's ssl module) to a server on 127.0.0.1:PORT,
# TLS 1.3 then 1.2 alternately; prints the seconds they took, then the CPU
# seconds (user + system) the process spent meanwhile.
# Usage: python3 tlsloop.py PORT N
import socket
import ssl
import sys
import time

port, n = int(sys.argv[1]), int(sys.argv[2])
ctxs = []
for v in (ssl.TLSVersion.TLSv1_3, ssl.TLSVersion.TLSv1_2):
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    c.check_hostname = False
    c.verify_mode = ssl.CERT_NONE
    c.minimum_version = c.maximum_version = v
    ctxs.append(c)
cpu0 = time.process_time()
start = time.monotonic()
for i in range(n):
    with socket.create_connection(("127.0.0.1", port)) as s:
        with ctxs[i % 2].wrap_socket(s) as t:
            t.sendall(b"GET / HTTP/1.0\r\n\r\n")
            while t.recv(65536):
                pass
print("%.3f %.3f" % (time.monotonic() - start, time.process_time() - cpu0))
