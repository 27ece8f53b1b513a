package main

import (
	"errors"
	"fmt"
	"net/netip"
	"syscall"
)

// errPrivateAddress is the error of a fetch from an address that is not a
// public internet address.
var errPrivateAddress = errors.New("not a public internet address")

// specialRange is one range of addresses that are not the public internet.
type specialRange struct {
	prefix netip.Prefix
	name   string
}

// specialPurpose lists the IANA special-purpose address registries (IPv4
// and IPv6, https://www.iana.org/assignments/iana-ipv4-special-registry and
// iana-ipv6-special-registry), with multicast and the reserved IPv4 and
// IPv6 space beside them. /ingest refuses them all, even the few the
// registries mark globally reachable (anycast services, AS112): no article
// lives there. IPv4-mapped IPv6 addresses (::ffff:0:0/96) are refused
// too: Go dials an IPv4 address as such, so the dialer never sees one for
// a public page.
var specialPurpose = ranges(
	// IPv4
	"0.0.0.0/8", "this network (RFC 791)",
	"10.0.0.0/8", "private use (RFC 1918)",
	"100.64.0.0/10", "shared address space, carrier-grade NAT (RFC 6598)",
	"127.0.0.0/8", "loopback (RFC 1122)",
	"169.254.0.0/16", "link local (RFC 3927)",
	"172.16.0.0/12", "private use (RFC 1918)",
	"192.0.0.0/24", "IETF protocol assignments (RFC 6890)",
	"192.0.0.0/29", "IPv4 service continuity prefix (RFC 7335)",
	"192.0.0.8/32", "IPv4 dummy address (RFC 7600)",
	"192.0.0.9/32", "port control protocol anycast (RFC 7723)",
	"192.0.0.10/32", "traversal using relays around NAT anycast (RFC 8155)",
	"192.0.0.170/31", "NAT64/DNS64 discovery (RFC 8880)",
	"192.0.2.0/24", "documentation, TEST-NET-1 (RFC 5737)",
	"192.31.196.0/24", "AS112-v4 (RFC 7535)",
	"192.52.193.0/24", "automatic multicast tunneling (RFC 7450)",
	"192.88.99.0/24", "deprecated 6to4 relay anycast (RFC 7526)",
	"192.168.0.0/16", "private use (RFC 1918)",
	"192.175.48.0/24", "direct delegation AS112 service (RFC 7534)",
	"198.18.0.0/15", "benchmarking (RFC 2544)",
	"198.51.100.0/24", "documentation, TEST-NET-2 (RFC 5737)",
	"203.0.113.0/24", "documentation, TEST-NET-3 (RFC 5737)",
	"224.0.0.0/4", "multicast (RFC 5771)",
	"240.0.0.0/4", "reserved (RFC 1112)",
	"255.255.255.255/32", "limited broadcast (RFC 919)",
	// IPv6
	"::/128", "unspecified address (RFC 4291)",
	"::1/128", "loopback (RFC 4291)",
	"::/8", "reserved by the IETF, with IPv4-compatible addresses (RFC 4291)",
	"::ffff:0:0/96", "IPv4-mapped address (RFC 4291)",
	"64:ff9b::/96", "IPv4-IPv6 translation, NAT64 (RFC 6052)",
	"64:ff9b:1::/48", "local-use IPv4/IPv6 translation (RFC 8215)",
	"100::/64", "discard-only (RFC 6666)",
	"100:0:0:1::/64", "dummy IPv6 prefix (RFC 9780)",
	"2001::/23", "IETF protocol assignments (RFC 2928)",
	"2001::/32", "Teredo (RFC 4380)",
	"2001:1::1/128", "port control protocol anycast (RFC 7723)",
	"2001:1::2/128", "traversal using relays around NAT anycast (RFC 8155)",
	"2001:1::3/128", "DNS-SD service registration protocol anycast (RFC 9665)",
	"2001:2::/48", "benchmarking (RFC 5180)",
	"2001:3::/32", "automatic multicast tunneling (RFC 7450)",
	"2001:4:112::/48", "AS112-v6 (RFC 7535)",
	"2001:10::/28", "deprecated ORCHID (RFC 4843)",
	"2001:20::/28", "ORCHIDv2 (RFC 7343)",
	"2001:30::/28", "drone remote ID entity tags (RFC 9374)",
	"2001:db8::/32", "documentation (RFC 3849)",
	"2002::/16", "6to4 (RFC 3056)",
	"2620:4f:8000::/48", "direct delegation AS112 service (RFC 7534)",
	"3fff::/20", "documentation (RFC 9637)",
	"5f00::/16", "segment routing SIDs (RFC 9602)",
	"fc00::/7", "unique local (RFC 4193)",
	"fe80::/10", "link-local unicast (RFC 4291)",
	"fec0::/10", "deprecated site-local (RFC 3879)",
	"ff00::/8", "multicast (RFC 4291)",
)

// globalUnicast6 is the only IPv6 space IANA allocates for global unicast.
var globalUnicast6 = netip.MustParsePrefix("2000::/3")

func ranges(pairs ...string) []specialRange {
	out := make([]specialRange, 0, len(pairs)/2)
	for k := 0; k+1 < len(pairs); k += 2 {
		out = append(out, specialRange{netip.MustParsePrefix(pairs[k]), pairs[k+1]})
	}
	return out
}

// checkPublic returns nil when a is a global unicast address outside every
// special-purpose range, and an error wrapping errPrivateAddress otherwise.
func checkPublic(a netip.Addr) error {
	a = a.WithZone("")
	if !a.IsValid() {
		return fmt.Errorf("%w: no address", errPrivateAddress)
	}
	var in *specialRange // the narrowest range a is in, to name it
	for k, r := range specialPurpose {
		if r.prefix.Contains(a) && (in == nil || r.prefix.Bits() > in.prefix.Bits()) {
			in = &specialPurpose[k]
		}
	}
	if in != nil {
		return fmt.Errorf("%w: %s is in %s, %s", errPrivateAddress, a, in.prefix, in.name)
	}
	if a.Is6() && !globalUnicast6.Contains(a) {
		return fmt.Errorf("%w: %s is outside 2000::/3, the global unicast space", errPrivateAddress, a)
	}
	if !a.IsGlobalUnicast() {
		return fmt.Errorf("%w: %s is not a global unicast address", errPrivateAddress, a)
	}
	return nil
}

// dialPublicOnly is a net.Dialer Control function: it refuses every
// connection, first or after a redirect, to an address that is not public.
// It sees the address actually dialled, after name resolution, so a name
// that resolves to a private address is refused too.
func dialPublicOnly(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot read %q: %v", errPrivateAddress, address, err)
	}
	return checkPublic(ap.Addr())
}
