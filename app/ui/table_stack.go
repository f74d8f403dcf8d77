package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// A table of records, such as pay by level, is too wide for a phone with
// its columns side by side. The stylesheet stacks it there instead: each
// row becomes a box, and each cell shows its column's name above it, from
// the cell's data-label. Laid out as blocks, a table loses its meaning to
// screen readers in some browsers (not in Chromium, as a browser test
// checks), so every part of it also names its role.

// stackingTable starts such a table.
func stackingTable() app.HTMLTable { return app.Table().Class("stack-on-phone").Role("table") }

// stackingHead is the header row, of colHead cells.
func stackingHead(cols ...app.UI) app.UI {
	return app.THead().Role("rowgroup").Body(app.Tr().Role("row").Body(cols...))
}

// colHead heads a column; cellUnder repeats its name in each cell.
func colHead(name string) app.HTMLTh {
	return app.Th().Scope("col").Role("columnheader").Text(name)
}

// stackingBody holds the rows.
func stackingBody() app.HTMLTBody { return app.TBody().Role("rowgroup") }

// stackingRow is one record.
func stackingRow() app.HTMLTr { return app.Tr().Role("row") }

// rowHead names the record; it heads the box on a phone.
func rowHead() app.HTMLTh { return app.Th().Scope("row").Role("rowheader") }

// cellUnder is a cell of the column named column, which it shows on a
// phone; it must be the name its colHead shows.
func cellUnder(column string) app.HTMLTd {
	return app.Td().Role("cell").DataSet("label", column)
}
