package main

import (
	"errors"
	"net/netip"
	"strings"
	"testing"
)

// lastAddr is the last address of a prefix.
func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Masked().Addr().AsSlice()
	for bit := p.Bits(); bit < len(b)*8; bit++ {
		b[bit/8] |= 0x80 >> (bit % 8)
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

// middleAddr is the address halfway through a prefix.
func middleAddr(p netip.Prefix) netip.Addr {
	b := p.Masked().Addr().AsSlice()
	if p.Bits() < len(b)*8 {
		b[p.Bits()/8] |= 0x80 >> (p.Bits() % 8) // the first host bit
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

// TestEverySpecialPurposeAddressIsRefused checks the first, a middle and
// the last address of every special-purpose range, without connecting.
func TestEverySpecialPurposeAddressIsRefused(t *testing.T) {
	for _, r := range specialPurpose {
		for _, a := range []netip.Addr{r.prefix.Masked().Addr(), middleAddr(r.prefix), lastAddr(r.prefix)} {
			if !r.prefix.Contains(a) {
				t.Fatalf("%s: test address %s is outside", r.prefix, a)
			}
			if err := checkPublic(a); !errors.Is(err, errPrivateAddress) {
				t.Errorf("%s (%s): %s allowed", r.prefix, r.name, a)
			}
			// As the dialer sees it.
			if err := dialPublicOnly("tcp", netip.AddrPortFrom(a, 443).String(), nil); !errors.Is(err, errPrivateAddress) {
				t.Errorf("%s (%s): dialling %s allowed", r.prefix, r.name, a)
			}
		}
	}
}

func TestOnlyPublicAddressesAreAllowed(t *testing.T) {
	for _, tt := range []struct {
		addr    string
		allowed bool
	}{
		// Public addresses.
		{"8.8.8.8", true},
		{"1.1.1.1", true},
		{"151.101.1.140", true},
		{"100.63.255.255", true},  // just below 100.64.0.0/10
		{"100.128.0.0", true},     // just above it
		{"198.17.255.255", true},  // just below 198.18.0.0/15
		{"198.20.0.0", true},      // just above it
		{"192.0.1.1", true},       // between 192.0.0.0/24 and 192.0.2.0/24
		{"::ffff:8.8.8.8", false}, // IPv4-mapped: refused, Go dials 8.8.8.8 as IPv4
		{"2606:4700:4700::1111", true},
		{"2001:4860:4860::8888", true}, // 2001:4860:: is outside 2001::/23
		{"2a00:1450:4009:81f::200e", true},
		// What the issue found missing, and their kin.
		{"100.64.0.1", false},
		{"100.100.100.200", false}, // a cloud metadata address
		{"198.18.0.1", false},
		{"198.19.255.254", false},
		{"192.0.0.1", false},
		{"64:ff9b::a9fe:a9fe", false}, // NAT64 of 169.254.169.254
		{"2002:a9fe:a9fe::1", false},  // 6to4 of 169.254.169.254
		{"::127.0.0.1", false},        // IPv4-compatible loopback
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.1.2.3", false},
		{"::ffff:169.254.169.254", false},
		{"fec0::1", false},
		{"fe80::1%eth0", false}, // a zone does not hide a link-local address
		{"fd00:ec2::254", false},
		{"4000::1", false}, // outside 2000::/3
		{"224.0.0.1", false},
		{"239.255.255.250", false},
	} {
		a, err := netip.ParseAddr(tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		err = checkPublic(a)
		if got := err == nil; got != tt.allowed {
			t.Errorf("%s: allowed %v (%v), want %v", tt.addr, got, err, tt.allowed)
		}
	}
	if err := dialPublicOnly("tcp", "not an address", nil); err == nil {
		t.Error("an address that cannot be read was allowed")
	}
	// The log names the narrowest range.
	if err := checkPublic(netip.MustParseAddr("2001::1")); err == nil || !strings.Contains(err.Error(), "Teredo") {
		t.Errorf("2001::1: %v, want it named Teredo", err)
	}
}
