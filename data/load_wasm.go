//go:build wasm

package data

// The wasm starts from the values generated at build time: decoding and
// validating the JSON took about a tenth of the app's start-up, on every
// visit, for data that cannot change after the build. The native tests
// check that generated.go matches the JSON.

func load() (*Data, error) {
	d := &generatedData
	d.index()
	return d, nil
}

func loadQuiz(*Data) (*Quiz, error) { return &generatedQuiz, nil }

func loadJobKit(*Data, *Quiz) (*JobKit, error) { return &generatedJobKit, nil }
