package netaddr

import (
	"net"
	"net/netip"
)

// probe4 and probe6 are where DefaultAddr "dials": public resolver
// addresses (Cloudflare), which only the default route leads to.
// Connecting a UDP socket sends no packet; it only makes the system choose
// the route and the local address. (A documentation address such as
// 192.0.2.1 would be safer still, but some networks, including test
// machines, number their LAN from those ranges, and then the probe takes
// the LAN's route instead of the default one.)
const (
	probe4 = "1.1.1.1:53"
	probe6 = "[2606:4700:4700::1111]:53"
)

// DefaultAddr returns the local address of the default route, IPv4
// preferred: the address the system would send from to the internet. It
// sends nothing. It fails when there is no default route (no network, or
// a network without a gateway).
func DefaultAddr() (netip.Addr, error) {
	a, err := localAddr("udp4", probe4)
	if err != nil {
		if a6, err6 := localAddr("udp6", probe6); err6 == nil {
			return a6, nil
		}
	}
	return a, err
}

func localAddr(network, addr string) (netip.Addr, error) {
	c, err := net.Dial(network, addr)
	if err != nil {
		return netip.Addr{}, err
	}
	defer c.Close()
	ua, ok := c.LocalAddr().(*net.UDPAddr)
	if !ok {
		return netip.Addr{}, &net.AddrError{Err: "not a UDP address", Addr: c.LocalAddr().String()}
	}
	ip, _ := netip.AddrFromSlice(ua.IP)
	return ip.Unmap(), nil
}

// Interfaces lists the machine's network interfaces with their addresses.
// An interface whose addresses cannot be read is listed without them.
func Interfaces() ([]Interface, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, err
	}
	out := make([]Interface, 0, len(ifs))
	for _, ifc := range ifs {
		i := Interface{Name: ifc.Name, Flags: ifc.Flags}
		addrs, _ := ifc.Addrs()
		for _, a := range addrs {
			var ip net.IP
			switch v := a.(type) {
			case *net.IPNet:
				ip = v.IP
			case *net.IPAddr:
				ip = v.IP
			}
			if p, ok := netip.AddrFromSlice(ip); ok {
				i.Addrs = append(i.Addrs, p.Unmap())
			}
		}
		out = append(out, i)
	}
	return out, nil
}

// Find filters the machine's own interfaces, with the default route's
// first. No default route is no error (a room network without internet);
// the candidates are then in plain order. It fails only when the
// interfaces cannot be listed at all.
func Find() (Result, error) {
	ifs, err := Interfaces()
	if err != nil {
		return Result{}, err
	}
	def, _ := DefaultAddr()
	return Filter(ifs, def), nil
}
