extension RelationFinder {
    /// The sides of a signing cooperate: "وقع المذكرة عن X مديرها، وعن Y رئيسها" (each side after
    /// a `signing_sides` word), "وقعت X مع Y اتفاقية", "أبرمت X اتفاقاً مع Y" (the signer after a
    /// `signing_verbs` verb and the one it signed with).
    func signingSides(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        guard let verb = toks.indices.first(where: { lexicon.isSigningVerb(toks[$0]) }) else { return }
        let ms = ctx.resolution.bySentence[s]
        var sides: [Int] = []
        for m in ms where m.tokenStart > verb && lexicon.signingSides.contains(toks[m.tokenStart - 1].text) && isActor(ctx, m.entity)
            && !sides.contains(m.entity) {
            sides.append(m.entity)
        }
        if sides.count >= 2 {
            for (a, b) in zip(sides, sides.dropFirst()) { add(&out, a, .cooperatesWith, b, s, "signing-sides", 0.7) }
            return
        }
        guard let signer = ms.first(where: { $0.tokenStart > verb && $0.tokenStart <= verb + 2 }), isActor(ctx, signer.entity) else { return }
        // "مع" a few words on: past the signer's acronym in parentheses or the thing signed.
        var k = signer.tokenEnd
        while k < toks.count, k <= signer.tokenEnd + 4, toks[k].text != "مع" {
            if toks[k].isClauseBreak && toks[k].text != "(" && toks[k].text != ")" { return }
            if mention(ctx, s, startingAt: k) != nil, toks[k].text != "(" { return }
            k += 1
        }
        guard k < toks.count, toks[k].text == "مع" else { return }
        var b = k + 1
        while b < toks.count, toks[b].isQuote { b += 1 }
        guard let partner = mention(ctx, s, startingAt: b), isActor(ctx, partner.entity), partner.entity != signer.entity else { return }
        add(&out, signer.entity, .cooperatesWith, partner.entity, s, "signing-with", 0.7)
    }
}
