package scraper

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"syscall"
)

// networkError names the cause of a failed request in words a user acts
// on: DNS, refused, reset, timeout or TLS; other errors are returned as
// they are.
func networkError(host string, err error) error {
	var dns *net.DNSError
	var netErr net.Error
	switch {
	case errors.As(err, &dns):
		return fmt.Errorf("DNS lookup of %s failed (%s): %w", host, dns.Err, err)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Errorf("connection to %s refused: %w", host, err)
	case errors.Is(err, syscall.ECONNRESET):
		return fmt.Errorf("connection to %s reset: %w", host, err)
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Errorf("%s did not answer in time: %w", host, err)
	case isTLS(err):
		return fmt.Errorf("TLS with %s failed: %w", host, err)
	}
	return err
}

func isTLS(err error) bool {
	var cert *tls.CertificateVerificationError
	var header tls.RecordHeaderError
	var alert tls.AlertError
	var unknown x509.UnknownAuthorityError
	var hostname x509.HostnameError
	return errors.As(err, &cert) || errors.As(err, &header) || errors.As(err, &alert) ||
		errors.As(err, &unknown) || errors.As(err, &hostname)
}
