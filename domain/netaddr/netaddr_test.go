package netaddr

import (
	"net"
	"net/netip"
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
)

const up = net.FlagUp | net.FlagRunning | net.FlagBroadcast | net.FlagMulticast

func ifc(name string, flags net.Flags, addrs ...string) Interface {
	i := Interface{Name: name, Flags: flags}
	for _, a := range addrs {
		i.Addrs = append(i.Addrs, netip.MustParseAddr(a))
	}
	return i
}

// A developer's laptop on the venue's Wi-Fi, with everything that gets in
// the way.
var laptop = []Interface{
	ifc("lo", net.FlagUp|net.FlagLoopback, "127.0.0.1", "::1"),
	ifc("eth0", net.FlagBroadcast, "10.0.0.5"), // down
	ifc("docker0", up, "172.17.0.1"),
	ifc("br-3f2a1c", up, "172.18.0.1"),
	ifc("veth12ab", up, "fe80::1"),
	ifc("virbr0", up, "192.168.122.1"),
	ifc("vboxnet0", up, "192.168.56.1"),
	ifc("tailscale0", up|net.FlagPointToPoint, "100.101.102.103"),
	ifc("wg0", up, "10.8.0.2"),
	ifc("ppp0", up|net.FlagPointToPoint, "10.64.0.9"),
	ifc("odd0", up, "169.254.10.20", "100.70.1.1"),
	ifc("wlp2s0", up, "fe80::abcd", "2001:db8:1::5", "192.168.1.23"),
	ifc("enx00e04c", up, "192.168.88.10"),
}

func TestFilterLaptop(t *testing.T) {
	res := Filter(laptop, netip.MustParseAddr("192.168.1.23"))
	var got []string
	for _, c := range res.Candidates {
		got = append(got, c.Interface+" "+c.Addr.String())
	}
	want := []string{"wlp2s0 192.168.1.23", "wlp2s0 2001:db8:1::5", "enx00e04c 192.168.88.10"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("candidates %v; want %v", got, want)
	}
	if res.Candidates[0].Reason != DefaultRoute || res.Candidates[2].Reason != LocalNetwork {
		t.Errorf("reasons %v", res.Candidates)
	}
	why := map[string]Reason{}
	for _, s := range res.Skipped {
		why[s.Interface+" "+s.Addr.String()] = s.Reason
	}
	for k, r := range map[string]Reason{
		"lo 127.0.0.1":               Loopback,
		"eth0 10.0.0.5":              Down,
		"docker0 172.17.0.1":         Container,
		"br-3f2a1c 172.18.0.1":       Container,
		"veth12ab fe80::1":           Container,
		"virbr0 192.168.122.1":       Container,
		"vboxnet0 192.168.56.1":      VirtualMachine,
		"tailscale0 100.101.102.103": VPN,
		"wg0 10.8.0.2":               VPN,
		"ppp0 10.64.0.9":             VPN,
		"odd0 169.254.10.20":         LinkLocal,
		"odd0 100.70.1.1":            CGNAT,
		"wlp2s0 fe80::abcd":          LinkLocal,
	} {
		if why[k] != r {
			t.Errorf("%s: skipped for %v; want %v", k, why[k], r)
		}
	}
	if res.DefaultSkipped != nil || res.Advice(i18n.NL) == "" {
		t.Errorf("default skipped %v, advice %q", res.DefaultSkipped, res.Advice(i18n.NL))
	}
	for _, r := range []Reason{DefaultRoute, LocalNetwork, Down, Loopback, PointToPoint, LinkLocal, Container, VirtualMachine, VPN, CGNAT, NotUnicast} {
		if r.In(i18n.NL) == "" || r.In(i18n.EN) == "" {
			t.Errorf("reason %d has no text", r)
		}
	}
}

func TestFilterWindows(t *testing.T) {
	res := Filter([]Interface{
		ifc("Loopback Pseudo-Interface 1", net.FlagUp|net.FlagLoopback, "127.0.0.1"),
		ifc("vEthernet (WSL)", up, "172.29.160.1"),
		ifc("vEthernet (Default Switch)", up, "172.20.64.1"),
		ifc("VirtualBox Host-Only Network", up, "192.168.57.1"),
		ifc("VMware Network Adapter VMnet8", up, "192.168.200.1"),
		ifc("Ethernet 3", up, "192.168.56.1"), // VirtualBox by address
		ifc("Wi-Fi", up, "10.20.30.40"),
	}, netip.Addr{})
	if len(res.Candidates) != 1 || res.Candidates[0].Interface != "Wi-Fi" || res.Candidates[0].Reason != LocalNetwork {
		t.Errorf("candidates %+v", res.Candidates)
	}
	if res.Advice(i18n.EN) != "" {
		t.Errorf("advice for one plain candidate: %q", res.Advice(i18n.EN))
	}
}

func TestFilterMacVPNDefault(t *testing.T) {
	res := Filter([]Interface{
		ifc("lo0", net.FlagUp|net.FlagLoopback, "127.0.0.1"),
		ifc("en0", up, "fe80::1c", "192.168.178.31"),
		ifc("awdl0", up, "fe80::99"),
		ifc("bridge100", up, "192.168.64.1"),
		ifc("utun3", up|net.FlagPointToPoint, "10.99.0.7"),
	}, netip.MustParseAddr("10.99.0.7"))
	if c, ok := res.Best(); !ok || c.Addr.String() != "192.168.178.31" || len(res.Candidates) != 1 {
		t.Errorf("candidates %+v", res.Candidates)
	}
	if res.DefaultSkipped == nil || res.DefaultSkipped.Interface != "utun3" || res.DefaultSkipped.Reason != VPN {
		t.Fatalf("default skipped %+v", res.DefaultSkipped)
	}
	if a := res.Advice(i18n.NL); !strings.Contains(a, "utun3") || !strings.Contains(a, "VPN") {
		t.Errorf("advice %q", a)
	}
}

func TestFilterNoneUsable(t *testing.T) {
	res := Filter([]Interface{
		ifc("lo", net.FlagUp|net.FlagLoopback, "127.0.0.1"),
		ifc("eth0", up, "169.254.3.4"),
		ifc("wlan0", net.FlagBroadcast),
	}, netip.Addr{})
	if res.Usable() {
		t.Fatalf("usable: %+v", res.Candidates)
	}
	if _, ok := res.Best(); ok {
		t.Error("Best found something")
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		if a := res.Advice(l); !strings.Contains(a, "--listen") {
			t.Errorf("%s advice %q", l, a)
		}
	}
	if len(res.Skipped) != 3 || res.Skipped[2].Addr.IsValid() || res.Skipped[2].Reason != Down {
		t.Errorf("skipped %+v", res.Skipped)
	}
}

// Find runs on this machine; whatever it finds must be well-formed, and it
// must not fail.
func TestFindOnThisMachine(t *testing.T) {
	res, err := Find()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Candidates {
		if !c.Addr.IsValid() || c.Addr.IsLoopback() {
			t.Errorf("candidate %+v", c)
		}
	}
	t.Logf("candidates %+v, advice %q", res.Candidates, res.Advice(i18n.EN))
}
