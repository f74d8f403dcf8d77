//go:build !wasm

package server

import (
	"bytes"
	"errors"
	"flag"
	"net"
	"strings"
	"testing"
)

func TestHelpListsTheCommandsAndTheirFlags(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-h"}, &stdout, &stderr); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("hitcoach -h: %v", err)
	}
	help := stdout.String()
	for _, want := range []string{"hitcoach serve [flags]", "hitcoach static [flags]", `Flags of "serve"`, "-addr", `Flags of "static"`, "-base", "-out", "-root"} {
		if !strings.Contains(help, want) {
			t.Errorf("hitcoach -h lacks %q:\n%s", want, help)
		}
	}
	for _, c := range commands {
		if !strings.Contains(help, c.summary) {
			t.Errorf("hitcoach -h does not say what %s does", c.name)
		}
	}
}

func TestUnknownCommandsAndArguments(t *testing.T) {
	for _, args := range [][]string{{"pack"}, {"serv"}, {"serve", "extra"}, {"static", "-bogus"}} {
		var stdout, stderr bytes.Buffer
		if err := run(args, &stdout, &stderr); !errors.Is(err, errUsage) {
			t.Errorf("hitcoach %s: %v, want a usage error", strings.Join(args, " "), err)
		}
		if msg := stderr.String(); msg == "" {
			t.Errorf("hitcoach %s: no message", strings.Join(args, " "))
		}
	}
	var stdout, stderr bytes.Buffer
	run([]string{"serv"}, &stdout, &stderr)
	if msg := stderr.String(); !strings.Contains(msg, `unknown command "serv"`) || !strings.Contains(msg, "serve, static") || !strings.Contains(msg, "hitcoach -h") {
		t.Errorf("an unknown command says %q", msg)
	}
}

func TestServingMessage(t *testing.T) {
	local := servingMessage(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8000}, nil)
	if want := "Serving the HIT Career Coach on http://localhost:8000/\nPress Ctrl+C to stop.\n"; local != want {
		t.Errorf("on localhost: %q, want %q", local, want)
	}
	lan := servingMessage(&net.TCPAddr{IP: net.IPv6unspecified, Port: 9000}, []net.IP{net.IPv4(192, 168, 1, 20)})
	for _, want := range []string{"http://localhost:9000/ on this computer", "http://192.168.1.20:9000/", "Ctrl+C"} {
		if !strings.Contains(lan, want) {
			t.Errorf("on every interface, the message lacks %q:\n%s", want, lan)
		}
	}
	if strings.Contains(lan, "[::]") {
		t.Errorf("the message names an address no browser opens:\n%s", lan)
	}
}
