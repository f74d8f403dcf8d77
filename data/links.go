package data

import (
	"reflect"
	"strconv"
)

// FieldLink is a link to one of the app's pages, with where it sits in the
// data, such as "careers[0].steps[2].links[0]".
type FieldLink struct {
	Field string
	Link  Link
}

// PageLinks lists every link in d and q that points at an app page rather
// than a career. The validator checks those links' form; whether the page
// exists is the app's page table's to say (ui.PageLinkProblems).
func PageLinks(d *Data, q *Quiz) []FieldLink {
	var out []FieldLink
	collect := func(v any, field string) {
		walkLinks(reflect.ValueOf(v), field, func(field string, l Link) {
			if l.Page != "" {
				out = append(out, FieldLink{Field: field, Link: l})
			}
		})
	}
	collect(d, "data")
	if q != nil {
		collect(q, "quiz")
	}
	return out
}

var linkType = reflect.TypeOf(Link{})

func walkLinks(v reflect.Value, field string, found func(string, Link)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkLinks(v.Elem(), field, found)
		}
	case reflect.Struct:
		if v.Type() == linkType {
			found(field, v.Interface().(Link))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() {
				walkLinks(v.Field(i), field+"."+f.Name, found)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkLinks(v.Index(i), field+"["+strconv.Itoa(i)+"]", found)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			walkLinks(iter.Value(), field+"["+iter.Key().String()+"]", found)
		}
	}
}
