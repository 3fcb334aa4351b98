// make bench, TLS key logs: a server and a client in one process on
// loopback; the client makes N HTTPS connections one after another (no
// keep-alive, TLS 1.3 then 1.2 alternately) and prints the seconds they
// took, then the CPU seconds (user + system) the process spent meanwhile.
// Usage: tlsloop PORT N
package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"strconv"
	"syscall"
	"time"
)

func main() {
	port := os.Args[1]
	n, _ := strconv.Atoi(os.Args[2])
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	tmpl := x509.Certificate{SerialNumber: big.NewInt(1),
		Subject:     pkix.Name{CommonName: "localhost"},
		NotBefore:   time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}}
	der, err := x509.CreateCertificate(rand.Reader, &tmpl, &tmpl, &key.PublicKey, key)
	if err != nil {
		panic(err)
	}
	crt := tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
	ln, err := tls.Listen("tcp", "127.0.0.1:"+port, &tls.Config{Certificates: []tls.Certificate{crt}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello\n")
	}))
	cpu0 := cpuSeconds()
	start := time.Now()
	for i := 0; i < n; i++ {
		v := uint16(tls.VersionTLS13)
		if i%2 == 1 {
			v = tls.VersionTLS12
		}
		tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true,
			MinVersion: v, MaxVersion: v}, DisableKeepAlives: true}
		resp, err := (&http.Client{Transport: tr}).Get("https://127.0.0.1:" + port + "/")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	fmt.Printf("%.3f %.3f\n", time.Since(start).Seconds(), cpuSeconds()-cpu0)
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
