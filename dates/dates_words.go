package dates

import (
	"strings"
	"unicode/utf8"
)

// Language bits of a month name.
const (
	langAZ uint8 = 1 << iota
	langEN
	langRU
	langAll = langAZ | langEN | langRU
)

// langMask maps a language tag ("az", "en-GB", "RU") to its month-name
// bits; anything else gets all of them.
func langMask(lang string) uint8 {
	if len(lang) > 2 && lang[2] != '-' && lang[2] != '_' {
		return langAll
	}
	if len(lang) > 2 {
		lang = lang[:2]
	}
	switch strings.ToLower(lang) {
	case "az":
		return langAZ
	case "en":
		return langEN
	case "ru":
		return langRU
	}
	return langAll
}

// wordKind is what a folded word means to the date scanner.
type wordKind uint8

const (
	wUnknown    wordKind = iota
	wMonth               // val: month 1..12
	wYearSuffix          // az -ci/-cı/-cu/-cü
	wYearWord            // az "il", ru "г", "год", "года"
	wConnector           // words between a date and its time
	wTimeSep             // ISO "T"
	wUTC                 // "Z", "UTC", "GMT"
	wAM
	wPM
	wOrdinal // st, nd, rd, th
	wStale   // val: word id of a "last updated" phrase
)

type wordInfo struct {
	kind  wordKind
	val   uint8
	langs uint8
}

// Words of the "page last updated" phrases (the site-wide date that is
// never a publication date).
const (
	staleSon uint8 = iota + 1
	staleYenilenme
	staleLast
	staleUpdated
	staleUpdate
	stalePoslednee
	staleObnovlenie
	staleObnovleno
)

// stalePhrases are the sequences of consecutive words that mark text as a
// "last updated" line.
var stalePhrases = [][]uint8{
	{staleSon, staleYenilenme},
	{staleLast, staleUpdated},
	{staleLast, staleUpdate},
	{stalePoslednee, staleObnovlenie},
	{staleObnovleno},
}

// dateWords maps folded words (lower-case, dotted/dotless i folded to "i")
// to their meaning. Month names of az, en and ru in every form the sites
// use: full, short, Russian genitive and nominative.
var dateWords = buildDateWords()

func buildDateWords() map[string]wordInfo {
	m := map[string]wordInfo{}
	months := []struct {
		lang  uint8
		names [12][]string
	}{
		{langAZ, [12][]string{
			{"yanvar", "yan"}, {"fevral", "fev"}, {"mart", "mar"}, {"aprel", "apr"},
			{"may"}, {"iyun", "iyn"}, {"iyul", "iyl"}, {"avqust", "avq"},
			{"sentyabr", "sen", "sent"}, {"oktyabr", "okt"}, {"noyabr", "noy"}, {"dekabr", "dek"},
		}},
		{langEN, [12][]string{
			{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
			{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
			{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
		}},
		{langRU, [12][]string{
			{"января", "январь", "янв"}, {"февраля", "февраль", "фев", "февр"},
			{"марта", "март", "мар"}, {"апреля", "апрель", "апр"},
			{"мая", "май"}, {"июня", "июнь", "июн"}, {"июля", "июль", "июл"},
			{"августа", "август", "авг"}, {"сентября", "сентябрь", "сен", "сент"},
			{"октября", "октябрь", "окт"}, {"ноября", "ноябрь", "ноя", "нояб"},
			{"декабря", "декабрь", "дек"},
		}},
	}
	for _, l := range months {
		for i, names := range l.names {
			for _, n := range names {
				w := m[n]
				w.kind, w.val, w.langs = wMonth, uint8(i+1), w.langs|l.lang
				m[n] = w
			}
		}
	}
	for _, s := range []string{"ci", "cu", "cü"} {
		m[s] = wordInfo{kind: wYearSuffix}
	}
	for _, s := range []string{"il", "г", "год", "года"} {
		m[s] = wordInfo{kind: wYearWord}
	}
	for _, s := range []string{"saat", "в", "at", "um", "klo"} {
		m[s] = wordInfo{kind: wConnector}
	}
	for _, s := range []string{"st", "nd", "rd", "th"} {
		m[s] = wordInfo{kind: wOrdinal}
	}
	m["t"] = wordInfo{kind: wTimeSep}
	m["z"] = wordInfo{kind: wUTC}
	m["utc"] = wordInfo{kind: wUTC}
	m["gmt"] = wordInfo{kind: wUTC}
	m["am"] = wordInfo{kind: wAM}
	m["pm"] = wordInfo{kind: wPM}
	for s, id := range map[string]uint8{
		"son": staleSon, "yenilənmə": staleYenilenme, "yenilenme": staleYenilenme,
		"last":    staleLast,
		"updated": staleUpdated, "update": staleUpdate, "последнее": stalePoslednee,
		"обновление": staleObnovlenie, "обновлено": staleObnovleno,
	} {
		m[s] = wordInfo{kind: wStale, val: id}
	}
	return m
}

// OtherWords counts the words of text that are not part of a date: not a
// number, a month name, a year word or suffix ("il", "г.", "2025-ci"), a
// connector ("saat", "в", "at") or an am/pm mark. "Dərc olunub: 4 fevral
// 2026, 09:40" has 2; "Applications accepted until 31 December 2024" 3.
func OtherWords(text string) int {
	other := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			tk, next := scanWord(text, i)
			if tk.word.kind == wUnknown || tk.word.kind == wStale {
				other++
			}
			i = next
		default:
			i += size
		}
	}
	return other
}
