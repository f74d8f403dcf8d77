//go:build !wasm

package data

import "embed"

// The server and the tests read the JSON itself, so that a malformed file is
// reported with its file, entry and field.
//
//go:embed *.json careers/*.json
var files embed.FS

func load() (*Data, error) { return Decode(files) }

func loadQuiz(d *Data) (*Quiz, error) { return DecodeQuiz(files, d) }

func loadJobKit(d *Data, q *Quiz) (*JobKit, error) { return DecodeJobKit(files, d, q) }
