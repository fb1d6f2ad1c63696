import Foundation
import Testing
@testable import GraphExport

/// The HTML page, loaded in a real browser (headless Chromium): the DOM after its script ran.
@Suite struct HTMLPageTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    let person = Entity(kind: .person, label: "نادية فرحات", aliases: ["فرحات", "</script><script>alert(1)</script>"],
                        labelLatin: "Nadia Farhat",
                        mentions: [Mention(document: "d1", start: 0, end: 11, text: "نادية فرحات")])
    let org = Entity(kind: .organization, label: "نقابة الصحفيين <img src=x onerror=alert(2)>",
                     mentions: [Mention(document: "d1", start: 20, end: 34, text: "نقابة الصحفيين")])
    var graph: Graph {
        Graph(documents: [SourceDocument(id: "d1", path: "news/d1.txt")], entities: [person, org], relations: [
            Relation(source: person.id, type: .memberOf, target: org.id, role: "نقيبة",
                     evidence: [Evidence(document: "d1", sentence: 0, start: 0, end: 40,
                                         text: "انتخبت نادية فرحات نقيبة لنقابة الصحفيين & <b>bold</b>",
                                         rule: "role-apposition", confidence: 0.9)]),
        ])
    }

    /// An SVG shaped like Graphviz's: one `g.node` per entity and one `g.edge` per relation.
    var svg: Data {
        let g = graph
        let r = g.relations[0]
        return Data("""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <svg width="300pt" height="200pt" viewBox="0.00 0.00 300.00 200.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <g id="graph0" class="graph" transform="translate(4 196)">
        <g id="\(person.id)" class="node"><title>\(person.id)</title><ellipse cx="60" cy="-40" rx="50" ry="18" fill="#fff" stroke="#000"/><text x="60" y="-36">نادية فرحات</text></g>
        <g id="\(org.id)" class="node"><title>\(org.id)</title><polygon points="150,-150 250,-150 250,-120 150,-120" fill="#eee" stroke="#000"/><text x="200" y="-130">نقابة الصحفيين</text></g>
        <g id="\(r.id)" class="edge"><title>\(person.id)&#45;&gt;\(org.id)</title><path d="M60,-58C100,-100 150,-110 180,-120" fill="none" stroke="#000"/></g>
        </g></svg>
        """.utf8)
    }

    func dumpDOM(_ page: URL, fragment: String) throws -> String {
        guard let chromium = Self.chromium else {
            Issue.record("chromium is not installed: `make test` installs it (apt package chromium)")
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                             "--user-data-dir=\(page.deletingLastPathComponent().appendingPathComponent("profile").path)",
                             "--virtual-time-budget=3000", "--dump-dom", page.absoluteString + fragment]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func writePage() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = dir.appendingPathComponent("page.html")
        try HTMLPage.make(graph: DisplayGraph(graph), svg: svg, title: "Test <graph> & co").write(to: page)
        return page
    }

    @Test func pageIsSelfContained() {
        let html = String(decoding: HTMLPage.make(graph: DisplayGraph(graph), svg: svg, title: "t"), as: UTF8.self)
        for banned in ["<link", " src=\"http", " src='http", "@import", "url(http", "<iframe"] {
            #expect(!html.contains(banned), "page refers to something outside itself: \(banned)")
        }
        #expect(!html.contains("<?xml"))
        #expect(!html.contains("<!DOCTYPE svg"))
        // Document text only appears JSON-escaped inside the data element.
        #expect(!html.contains("</script><script>alert(1)"))
        #expect(!html.contains("<img src=x"))
        #expect(html.components(separatedBy: "<script").count == 3)
    }

    @Test func samePageForTheSameGraph() {
        #expect(HTMLPage.make(graph: DisplayGraph(graph), svg: svg, title: "t") == HTMLPage.make(graph: DisplayGraph(graph), svg: svg, title: "t"))
    }

    @Test func clickedNodeShowsKindAliasesDocumentsAndEvidence() throws {
        let page = try writePage()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let dom = try dumpDOM(page, fragment: "#select=\(person.id)")
        #expect(dom.contains("data-ready=\"true\""), "the page's script did not run to the end")
        let panel = try #require(section(of: dom, from: "<aside id=\"panel\"", to: "</aside>"))
        #expect(panel.contains("data-selected=\"\(person.id)\""))
        #expect(panel.contains("نادية فرحات"))
        #expect(panel.contains("Nadia Farhat"))
        #expect(panel.contains(">person<"))
        #expect(panel.contains(">فرحات<"))
        #expect(panel.contains("news/d1.txt"))
        #expect(panel.contains("انتخبت نادية فرحات نقيبة لنقابة الصحفيين &amp; &lt;b&gt;bold&lt;/b&gt;"))
        #expect(panel.contains("d1 · role-apposition"))
        // The relation reads left to right with the Arabic names isolated.
        #expect(panel.contains("<div class=\"relation\" dir=\"ltr\"><bdi>نادية فرحات</bdi> — memberOf (<bdi>نقيبة</bdi>) → <bdi>"))
        // The hostile alias is shown as text, not run or parsed as markup.
        #expect(panel.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!dom.contains("<img src=\"x\""))
        #expect(dom.components(separatedBy: "<script").count == 3)
        #expect(dom.contains("class=\"node selected\""))
    }

    @Test func clickedEdgeShowsItsEvidence() throws {
        let page = try writePage()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let relation = graph.relations[0]
        let dom = try dumpDOM(page, fragment: "#select=\(relation.id)")
        let panel = try #require(section(of: dom, from: "<aside id=\"panel\"", to: "</aside>"))
        #expect(panel.contains(">memberOf<"))
        #expect(panel.contains("role: نقيبة"))
        #expect(panel.contains("انتخبت نادية فرحات"))
    }

    @Test func searchHighlightsMatchingEntitiesWhateverTheSpelling() throws {
        let page = try writePage()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        // "ناديه" (with ه) and without diacritics still finds "نادية".
        let dom = try dumpDOM(page, fragment: "#search=ناديه")
        #expect(dom.contains("1 match"))
        #expect(dom.contains("id=\"\(person.id)\" class=\"node match\""))
        #expect(!dom.contains("id=\"\(org.id)\" class=\"node match\""))
    }

    /// The page `ViewWriter` writes for a real Graphviz drawing: every entity's node is wired to
    /// its data after the script ran, and the page renders (a screenshot is taken).
    @Test func realDrawingIsWiredToItsDataAndRenders() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-html-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try await ViewWriter.write(graph, view: ViewOptions(), options: ExportOptions(formats: [.html]), to: dir, name: "page")
        let page = dir.appendingPathComponent("page.html")
        let dom = try dumpDOM(page, fragment: "")
        #expect(dom.contains("data-ready=\"true\""))
        for entity in graph.entities { #expect(dom.contains("data-entity=\"\(entity.id)\""), "\(entity.label) is not clickable") }
        for relation in graph.relations { #expect(dom.contains("data-relation=\"\(relation.id)\"")) }
        guard let chromium = Self.chromium else { return }
        let shot = dir.appendingPathComponent("shot.png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                             "--user-data-dir=\(dir.appendingPathComponent("profile").path)", "--hide-scrollbars",
                             "--window-size=1000,700", "--virtual-time-budget=3000", "--screenshot=\(shot.path)",
                             page.absoluteString + "#select=\(person.id)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // Width and height from the IHDR chunk: the window's size.
        let bytes = [UInt8](png)
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1000 && height == 700)
        #expect(png.count > 10_000, "the screenshot is nearly empty")
    }

    func section(of text: String, from start: String, to end: String) -> String? {
        guard let a = text.range(of: start), let b = text.range(of: end, range: a.upperBound..<text.endIndex) else { return nil }
        return String(text[a.lowerBound..<b.upperBound])
    }
}
