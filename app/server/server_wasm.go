//go:build wasm

// Package server serves the app for local use and writes the static site.
// None of it is compiled into the wasm: this file only keeps the package
// importable from main.go there.
package server

// Main does nothing in the browser; the server side lives in the !wasm files.
func Main(args []string) {}
