package dates

// clock reads an optional time after a date at token j into p: connectors
// (",", "|", "-", "/", "T", "saat", "в", "at"), then H:MM[:SS[.frac]],
// an optional am/pm and, for ISO dates or times with seconds, an optional
// UTC offset. p is left untouched when no valid time follows.
func (t toks) clock(j int, iso bool, p *dateParts) {
	for n := 0; n < 3; n++ {
		if _, ok := t.sep(j, ",|-/@(", true); ok {
			j++
		} else if t.word(j, wConnector) || t.word(j, wTimeSep) {
			j++
		} else {
			break
		}
	}
	h, ok1 := t.num(j, 1, 2, true)
	_, ok2 := t.sep(j+1, ":", false)
	m, ok3 := t.num(j+2, 2, 2, false)
	if !ok1 || !ok2 || !ok3 {
		return
	}
	q := dateParts{year: p.year, month: p.month, day: p.day, hour: h, min: m}
	j += 3
	seconds := false
	if _, ok := t.sep(j, ":", false); ok {
		if s, ok := t.num(j+1, 2, 2, false); ok {
			q.sec, seconds = s, true
			j += 2
			j = t.fraction(j, &q)
		}
	}
	j = t.meridiem(j, &q)
	if iso || seconds {
		t.offset(j, &q)
	}
	if q.hour > 23 || q.min > 59 || q.sec > 59 {
		return
	}
	*p = q
}

func (t toks) fraction(j int, p *dateParts) int {
	if _, ok := t.sep(j, ".,", false); !ok {
		return j
	}
	tk := t.at(j + 1)
	if tk.kind != tNum || tk.space || tk.digits > 9 {
		return j
	}
	ns := tk.num
	for d := tk.digits; d < 9; d++ {
		ns *= 10
	}
	p.nsec = ns
	return j + 2
}

func (t toks) meridiem(j int, p *dateParts) int {
	am, pm := t.word(j, wAM), t.word(j, wPM)
	if !am && !pm {
		return j
	}
	if p.hour < 1 || p.hour > 12 {
		p.hour = 99 // invalid: 13 pm
		return j + 1
	}
	p.hour %= 12
	if pm {
		p.hour += 12
	}
	return j + 1
}

// offset reads "Z", "UTC", "GMT", "+04:00", "+0400", "+04", "GMT+4".
func (t toks) offset(j int, p *dateParts) {
	if t.word(j, wUTC) {
		p.hasOffset, p.offset = true, 0
		j++
	}
	sign, ok := t.sep(j, "+-", p.hasOffset || !t.at(j).space || t.at(j+1).digits == 4)
	if !ok || t.at(j+1).space {
		return
	}
	tk := t.at(j + 1)
	var hh, mm int
	switch {
	case tk.kind == tNum && tk.digits == 4:
		hh, mm = tk.num/100, tk.num%100
	case tk.kind == tNum && tk.digits <= 2:
		hh = tk.num
		if _, ok := t.sep(j+2, ":", false); ok {
			m, ok := t.num(j+3, 2, 2, false)
			if !ok {
				return
			}
			mm = m
		}
	default:
		return
	}
	if hh > 14 || mm > 59 {
		return
	}
	off := hh*3600 + mm*60
	if sign == '-' {
		off = -off
	}
	p.hasOffset, p.offset = true, off
}
