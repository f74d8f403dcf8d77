package ui

import (
	"html"
	"strconv"
	"strings"
)

// The tests' reference for printStatic: go-app's own encoder
// (app.HTMLString), with what it adds to the markup undone. It cannot run
// in the browser (see printStatic), but it says what go-app prints.

// voidElements have no end tag, so they open nothing.
var oracleVoidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// booleanAttributes are present or absent; go-app prints a false one as
// name="false", which a browser reads as present.
var booleanAttributes = map[string]bool{
	"hidden": true, "open": true, "disabled": true, "checked": true, "selected": true,
	"required": true, "readonly": true, "multiple": true, "autofocus": true,
}

// compactHTML undoes what app.HTMLString adds to the markup it prints:
//   - the line break and indentation it puts between children, which would
//     become text, such as a space before a full stop after a link;
//   - attribute values quoted the Go way (strconv.Quote), where \" ends the
//     attribute in HTML;
//   - "true" printed as a bare attribute, which for aria-* and data-*
//     attributes means "" rather than "true", and false boolean attributes.
//
// The encoder indents each child of an element by two spaces a level and
// the element's end tag by two fewer; text keeps any spaces of its own
// after that indentation.
func compactHTML(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	open := 0 // elements open at this point
	for i := 0; i < len(s); {
		switch s[i] {
		case '\n':
			i++
			spaces := 0
			for i+spaces < len(s) && s[i+spaces] == ' ' {
				spaces++
			}
			indent := open * 2
			if strings.HasPrefix(s[i+spaces:], "</") && spaces == indent-2 {
				indent -= 2
			}
			i += min(spaces, indent)
		case '<':
			end, tag, closing := scanTag(s, i)
			writeTag(&b, s[i:end], tag, closing)
			switch {
			case closing:
				open--
			case !oracleVoidElements[tag]:
				open++
			}
			i = end
		default:
			j := i + 1
			for j < len(s) && s[j] != '\n' && s[j] != '<' {
				j++
			}
			b.WriteString(s[i:j])
			i = j
		}
	}
	return b.String()
}

// scanTag finds the end of the tag starting at s[start], skipping quoted
// attribute values, and returns its name and whether it is an end tag.
func scanTag(s string, start int) (end int, tag string, closing bool) {
	i := start + 1
	if i < len(s) && s[i] == '/' {
		closing = true
		i++
	}
	nameStart := i
	for i < len(s) && s[i] != ' ' && s[i] != '>' {
		i++
	}
	tag = strings.ToLower(s[nameStart:i])
	for i < len(s) && s[i] != '>' {
		if s[i] == '"' {
			i = skipQuoted(s, i)
			continue
		}
		i++
	}
	return min(i+1, len(s)), tag, closing
}

// skipQuoted returns the index after the Go-quoted string at s[i].
func skipQuoted(s string, i int) int {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(s)
}

// writeTag writes a start or end tag with its attributes as HTML.
func writeTag(b *strings.Builder, raw, tag string, closing bool) {
	if closing {
		b.WriteString("</" + tag + ">")
		return
	}
	b.WriteString("<" + tag)
	rest := strings.TrimSuffix(raw[1+len(tag):], ">")
	for rest != "" {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			break
		}
		n := strings.IndexAny(rest, " =")
		if n < 0 {
			n = len(rest)
		}
		name := rest[:n]
		rest = rest[n:]
		value, bare := "true", true
		if strings.HasPrefix(rest, "=") {
			end := skipQuoted(rest, 1)
			if v, err := strconv.Unquote(rest[1:end]); err == nil {
				value, bare = v, false
			}
			rest = rest[end:]
		}
		switch {
		case booleanAttributes[name] && value == "false":
		case bare && !strings.HasPrefix(name, "aria-") && !strings.HasPrefix(name, "data-"):
			b.WriteString(" " + name)
		default:
			b.WriteString(" " + name + `="` + html.EscapeString(value) + `"`)
		}
	}
	b.WriteString(">")
}
