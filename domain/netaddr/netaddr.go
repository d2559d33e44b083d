// Package netaddr finds the laptop's address on the room's network: the
// one to put in the join instructions (ssh -p 2222 CODE@ADDRESS, the phone
// URL) on the projector. It lists the network interfaces, drops those that
// phones in the room cannot reach (loopback, link-local, container and
// virtual-machine bridges, VPN tunnels, CGNAT), and puts the interface of
// the default route first. The filtering is a pure function (Filter) over
// a list of interfaces, so it is tested with made-up ones; Find applies it
// to the machine's own.
package netaddr

import (
	"cmp"
	"net"
	"net/netip"
	"slices"
	"strings"

	"ideale-ambtenaar/i18n"
)

// Interface is what Filter needs of a network interface.
type Interface struct {
	// Name as the system gives it: "en0", "wlp2s0", "Wi-Fi",
	// "vEthernet (WSL)".
	Name  string
	Flags net.Flags
	Addrs []netip.Addr
}

// Reason says why an address was kept or skipped.
type Reason int

// The reasons. The first two are for candidates, the rest for skipped
// addresses.
const (
	// DefaultRoute: the interface that traffic to the internet leaves by;
	// the likeliest to be the room's network.
	DefaultRoute Reason = iota + 1
	// LocalNetwork: another usable interface (a second network card, a
	// network without internet).
	LocalNetwork
	// Down: the interface is switched off.
	Down
	// Loopback: reachable from this laptop only.
	Loopback
	// PointToPoint: a link to one other machine (dial-up, most VPNs).
	PointToPoint
	// LinkLocal: a self-assigned address (169.254/16, fe80::/10): no
	// network handed one out.
	LinkLocal
	// Container: a bridge for containers (docker0, br-…, veth…, virbr…).
	Container
	// VirtualMachine: a host-only network for virtual machines (WSL and
	// Hyper-V's vEthernet, VirtualBox 192.168.56/24, VMware vmnet).
	VirtualMachine
	// VPN: a tunnel (tailscale, WireGuard, utun, tun); phones in the room
	// are not on it.
	VPN
	// CGNAT: an address from 100.64/10, the range carrier-grade NAT and
	// Tailscale use; not the room's network.
	CGNAT
	// NotUnicast: an unspecified or multicast address.
	NotUnicast
)

var reasonText = map[Reason]i18n.Text{
	DefaultRoute:   {NL: "standaardroute", EN: "default route"},
	LocalNetwork:   {NL: "lokaal netwerk", EN: "local network"},
	Down:           {NL: "uitgeschakeld", EN: "switched off"},
	Loopback:       {NL: "alleen deze computer (loopback)", EN: "this computer only (loopback)"},
	PointToPoint:   {NL: "punt-tot-puntverbinding", EN: "point-to-point link"},
	LinkLocal:      {NL: "zelf toegekend adres (link-local)", EN: "self-assigned address (link-local)"},
	Container:      {NL: "netwerk voor containers", EN: "container network"},
	VirtualMachine: {NL: "netwerk voor virtuele machines", EN: "virtual-machine network"},
	VPN:            {NL: "VPN-tunnel", EN: "VPN tunnel"},
	CGNAT:          {NL: "CGNAT-adres (100.64/10), geen zaalnetwerk", EN: "CGNAT address (100.64/10), not a room network"},
	NotUnicast:     {NL: "geen gewoon adres", EN: "not an ordinary address"},
}

// In names the reason in l.
func (r Reason) In(l i18n.Lang) string { return reasonText[r].In(l) }

// Candidate is an address the projector can show.
type Candidate struct {
	Interface string
	Addr      netip.Addr
	// Reason is DefaultRoute or LocalNetwork.
	Reason Reason
}

// Skipped is an address (or a whole interface, with Addr invalid) that was
// left out, and why.
type Skipped struct {
	Interface string
	Addr      netip.Addr
	Reason    Reason
}

// Result is what Filter found.
type Result struct {
	// Candidates, best first: the default route's interface, then IPv4
	// before IPv6 (easier to type on a phone), then by interface name.
	Candidates []Candidate
	// Skipped addresses, in the order of the input.
	Skipped []Skipped
	// DefaultSkipped is set when the default route leaves by an address
	// that was skipped: typically a full-tunnel VPN, which may cut the
	// laptop off from the room's network. Its Reason says why.
	DefaultSkipped *Skipped
}

// Usable reports whether there is at least one candidate.
func (r Result) Usable() bool { return len(r.Candidates) > 0 }

// Best is the first candidate; ok is false when none is usable.
func (r Result) Best() (c Candidate, ok bool) {
	if len(r.Candidates) == 0 {
		return Candidate{}, false
	}
	return r.Candidates[0], true
}

var (
	txtNone = i18n.Text{
		NL: "Geen bruikbaar netwerkadres gevonden: deze laptop lijkt niet verbonden met een netwerk waar telefoons en laptops in de zaal op kunnen. Verbind met het wifi van de zaal of met een hotspot van een telefoon, of geef zelf een adres op met --listen.",
		EN: "No usable network address found: this laptop does not seem connected to a network that phones and laptops in the room can use. Connect to the room's Wi-Fi or a phone's hotspot, or give an address yourself with --listen."}
	txtViaVPN = i18n.Text{
		NL: "Het verkeer van deze laptop gaat via %s (%s). Telefoons in de zaal kunnen de laptop dan misschien niet bereiken: open het adres eerst op je eigen telefoon, en zet de VPN zo nodig uit.",
		EN: "This laptop's traffic goes through %s (%s). Phones in the room may then not reach the laptop: open the address on your own phone first, and switch the VPN off if needed."}
	txtSeveral = i18n.Text{
		NL: "Deze laptop zit op %d netwerken; het eerste adres is het waarschijnlijkst. Kies een ander met --listen als telefoons het niet bereiken.",
		EN: "This laptop is on %d networks; the first address is the likeliest. Choose another with --listen if phones cannot reach it."}
)

// Advice is what to tell the trainer about r in l, or "" when there is one
// plain network: nothing usable, a VPN taking the default route, or a
// choice between several networks.
func (r Result) Advice(l i18n.Lang) string {
	var notes []string
	if !r.Usable() {
		notes = append(notes, txtNone.In(l))
	}
	if d := r.DefaultSkipped; d != nil && d.Reason != Loopback {
		notes = append(notes, txtViaVPN.F(l, d.Interface, d.Reason.In(l)))
	}
	if n := r.interfaces(); n > 1 {
		notes = append(notes, txtSeveral.F(l, n))
	}
	return strings.Join(notes, " ")
}

// interfaces counts the interfaces among the candidates.
func (r Result) interfaces() int {
	seen := map[string]bool{}
	for _, c := range r.Candidates {
		seen[c.Interface] = true
	}
	return len(seen)
}

// Name prefixes (lower case) of interfaces that phones in the room cannot
// reach. Container: Docker (docker0, br-<id>, veth…), libvirt (virbr),
// LXC/LXD, Podman, Kubernetes CNIs. Virtual machines: WSL and Hyper-V
// (vEthernet), VirtualBox (vboxnet; "VirtualBox Host-Only" on Windows),
// VMware (vmnet; "VMware Network Adapter"), macOS Internet sharing and VM
// bridges (bridge100 and up). VPN: Tailscale, WireGuard (wg), macOS utun,
// tun/tap, ZeroTier (zt), common clients.
var namePrefixes = []struct {
	prefix string
	reason Reason
}{
	{"docker", Container}, {"br-", Container}, {"veth", Container}, {"virbr", Container},
	{"lxcbr", Container}, {"lxdbr", Container}, {"podman", Container}, {"cni", Container},
	{"flannel", Container}, {"cali", Container}, {"kube", Container}, {"weave", Container},
	{"vethernet", VirtualMachine}, {"vboxnet", VirtualMachine}, {"virtualbox", VirtualMachine},
	{"vmnet", VirtualMachine}, {"vmware", VirtualMachine}, {"bridge1", VirtualMachine},
	{"tailscale", VPN}, {"wg", VPN}, {"wireguard", VPN}, {"utun", VPN}, {"tun", VPN},
	{"tap", VPN}, {"zt", VPN}, {"ipsec", VPN}, {"ppp", VPN}, {"nordlynx", VPN},
	{"mullvad", VPN}, {"proton", VPN}, {"openvpn", VPN}, {"cscotun", VPN}, {"gpd", VPN},
	{"forti", VPN},
}

var (
	linkLocal4 = netip.MustParsePrefix("169.254.0.0/16")
	linkLocal6 = netip.MustParsePrefix("fe80::/10")
	vbox       = netip.MustParsePrefix("192.168.56.0/24")
	cgnat      = netip.MustParsePrefix("100.64.0.0/10")
)

// byName is why an interface is skipped by its name, or 0.
func byName(name string) Reason {
	n := strings.ToLower(name)
	for _, p := range namePrefixes {
		if strings.HasPrefix(n, p.prefix) {
			return p.reason
		}
	}
	return 0
}

// byAddr is why an address is skipped, or 0.
func byAddr(a netip.Addr) Reason {
	a = a.Unmap()
	switch {
	case a.IsLoopback():
		return Loopback
	case !a.IsValid() || a.IsUnspecified() || a.IsMulticast():
		return NotUnicast
	case linkLocal4.Contains(a) || linkLocal6.Contains(a):
		return LinkLocal
	case vbox.Contains(a):
		return VirtualMachine
	case cgnat.Contains(a):
		return CGNAT
	}
	return 0
}

// Filter keeps the addresses phones in the room could reach and ranks
// them. def is the local address of the default route (see DefaultAddr);
// an invalid def ranks no interface first. It is pure: same input, same
// result.
func Filter(ifs []Interface, def netip.Addr) Result {
	def = def.Unmap()
	var res Result
	defIface := ""
	for _, ifc := range ifs {
		for _, a := range ifc.Addrs {
			if a.Unmap() == def {
				defIface = ifc.Name
			}
		}
	}
	skip := func(ifc Interface, a netip.Addr, why Reason) {
		s := Skipped{Interface: ifc.Name, Addr: a, Reason: why}
		res.Skipped = append(res.Skipped, s)
		if def.IsValid() && a.Unmap() == def && res.DefaultSkipped == nil {
			res.DefaultSkipped = &s
		}
	}
	for _, ifc := range ifs {
		var why Reason
		switch {
		case ifc.Flags&net.FlagUp == 0:
			why = Down
		case ifc.Flags&net.FlagLoopback != 0:
			why = Loopback
		case byName(ifc.Name) != 0:
			why = byName(ifc.Name)
		case ifc.Flags&net.FlagPointToPoint != 0:
			why = PointToPoint
		}
		if why != 0 {
			if len(ifc.Addrs) == 0 {
				skip(ifc, netip.Addr{}, why)
			}
			for _, a := range ifc.Addrs {
				skip(ifc, a, why)
			}
			continue
		}
		for _, a := range ifc.Addrs {
			if why := byAddr(a); why != 0 {
				skip(ifc, a, why)
				continue
			}
			c := Candidate{Interface: ifc.Name, Addr: a.Unmap(), Reason: LocalNetwork}
			if ifc.Name == defIface {
				c.Reason = DefaultRoute
			}
			res.Candidates = append(res.Candidates, c)
		}
	}
	slices.SortStableFunc(res.Candidates, func(a, b Candidate) int {
		return cmp.Or(
			cmp.Compare(a.Reason, b.Reason), // DefaultRoute first
			boolOrder(a.Addr == def, b.Addr == def),
			boolOrder(a.Addr.Is4(), b.Addr.Is4()),
			cmp.Compare(a.Interface, b.Interface),
			a.Addr.Compare(b.Addr),
		)
	})
	return res
}

// boolOrder puts true first.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
