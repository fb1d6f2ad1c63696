/// Reads dates from tokens: "6/أغسطس – آب /2017", "6 آب 2017", "السادس من آب"-free numeric forms,
/// "2017/8/6", "6/8/2017", "2017-08-06", with either month series (آب / أغسطس) or both; Arabic-Indic
/// digits are already ASCII in the normalized text. Weekdays and relative days ("أمس", "يوم
/// الخميس") are returned as relative hits with the offset or weekday encoded, resolved later
/// against the article's own date.
struct DateParser: Sendable {
    let lexicon: Lexicon

    /// `lists`, when given, holds the word lists of each token's forms (`SentenceContext.lists`):
    /// a token in neither `relativeDays` nor `weekdays` is no relative date.
    func dates(in tokens: [Token], sentence: Int, lists: [WordLists]? = nil) -> [DateHit] {
        var hits: [DateHit] = []
        var i = 0
        while i < tokens.count {
            let mayBeRelative = lists.map { !$0[i].isDisjoint(with: [.relativeDays, .weekdays]) } ?? true
            if let hit = monthDate(tokens, i, sentence) ?? numericDate(tokens, i, sentence)
                ?? (mayBeRelative ? relative(tokens, i, sentence) : nil) {
                hits.append(hit)
                i = hit.tokenEnd
            } else {
                i += 1
            }
        }
        return hits
    }

    private func number(_ t: Token) -> Int? { t.kind == .number ? Int(t.text) : nil }

    private func month(_ tokens: [Token], _ i: Int) -> (length: Int, month: Int)? {
        guard i < tokens.count, tokens[i].isWord else { return nil }
        for r in tokens[i].readings where r.skip == 0 || r.preposition {
            if let m = lexicon.months.match(tokens, at: i, first: r.form) { return (m.length, m.value) }
        }
        return nil
    }

    private func isSeparator(_ t: Token) -> Bool { t.text == "/" || t.isDash || t.text == "." || t.isComma }

    /// DAY [sep] MONTH [sep MONTH] [sep] [عام] YEAR, anchored at the day number.
    private func monthDate(_ tokens: [Token], _ i: Int, _ sentence: Int) -> DateHit? {
        guard let day = number(tokens[i]), (1...31).contains(day) else { return nil }
        var k = i + 1
        while k < tokens.count, isSeparator(tokens[k]) { k += 1 }
        guard let m = month(tokens, k) else { return nil }
        k += m.length
        // A second series: "أغسطس – آب"
        var j = k
        while j < tokens.count, isSeparator(tokens[j]) { j += 1 }
        if let m2 = month(tokens, j), m2.month == m.month { k = j + m2.length }
        j = k
        while j < tokens.count, isSeparator(tokens[j]) || (tokens[j].isWord && lexicon.yearWords.contains(tokens[j].text)) { j += 1 }
        guard j < tokens.count, let year = number(tokens[j]), (1900...2100).contains(year) else { return nil }
        return DateHit(sentence: sentence, tokenStart: i, tokenEnd: j + 1, iso: iso(year, m.month, day), relative: false)
    }

    /// D/M/YYYY, YYYY/M/D, YYYY-MM-DD.
    private func numericDate(_ tokens: [Token], _ i: Int, _ sentence: Int) -> DateHit? {
        guard i + 4 < tokens.count, let a = number(tokens[i]), let b = number(tokens[i + 2]), let c = number(tokens[i + 4]) else { return nil }
        let s1 = tokens[i + 1].text, s2 = tokens[i + 3].text
        guard s1 == s2, s1 == "/" || s1 == "-" || s1 == "." else { return nil }
        if (1900...2100).contains(a), (1...12).contains(b), (1...31).contains(c) {
            return DateHit(sentence: sentence, tokenStart: i, tokenEnd: i + 5, iso: iso(a, b, c), relative: false)
        }
        if (1900...2100).contains(c), (1...12).contains(b), (1...31).contains(a) {
            return DateHit(sentence: sentence, tokenStart: i, tokenEnd: i + 5, iso: iso(c, b, a), relative: false)
        }
        return nil
    }

    /// "أمس", "اليوم" (offset) or "يوم الخميس" (weekday), as "rel:+N" or "wd:N".
    private func relative(_ tokens: [Token], _ i: Int, _ sentence: Int) -> DateHit? {
        guard tokens[i].isWord else { return nil }
        for r in tokens[i].readings where !r.preposition || r.skip == 0 {
            if let m = lexicon.relativeDays.match(tokens, at: i, first: r.form) {
                return DateHit(sentence: sentence, tokenStart: i, tokenEnd: i + m.length, iso: "rel:\(m.value)", relative: true)
            }
            if let w = lexicon.weekdays[r.form] {
                return DateHit(sentence: sentence, tokenStart: i, tokenEnd: i + 1, iso: "wd:\(w)", relative: true)
            }
        }
        return nil
    }

    private func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// Resolves a relative hit against the article's date (ISO). Nil when it cannot be.
    static func resolve(_ relative: String, against base: String) -> String? {
        let parts = base.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let day = daysFromCivil(parts[0], parts[1], parts[2])
        if relative.hasPrefix("rel:"), let offset = Int(relative.dropFirst(4)) {
            return civil(day + offset)
        }
        if relative.hasPrefix("wd:"), let weekday = Int(relative.dropFirst(3)) {
            // The most recent such weekday on or before the article's date (news reports the past).
            let baseWeekday = ((day % 7) + 11) % 7   // 1970-01-01 was a Thursday (4)
            let back = (baseWeekday - weekday + 7) % 7
            return civil(day - back)
        }
        return nil
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(_ z0: Int) -> String {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
