package ui

import (
	"github.com/hitcoach/hitcoach/data"
)

// appData is the embedded career data. It is validated by the tests and
// when the server starts, so a failure here is a build defect.
func appData() *data.Data { return data.MustLoad() }
