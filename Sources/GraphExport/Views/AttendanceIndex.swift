import Foundation

/// `attendance/index.html`: one line per event diagram, with its date, place, attendance and a
/// link to each file written for it.
enum AttendanceIndex {
    static func html(pages: [(path: String, graph: Graph, title: String)], graph: Graph, formats: [ExportFormat]) -> Data {
        var rows = ""
        for page in pages {
            let eventID = String(page.path.split(separator: "/").last ?? "")
            let event = graph.entity(id: eventID)
            let people = page.graph.relations.filter { $0.type == .attended && $0.target == eventID }.count
            let links = formats.map { format in
                "<a href=\"\(HTMLPage.escapeHTML(eventID)).\(format.fileExtension)\">\(format.fileExtension)</a>"
            }.joined(separator: " ")
            rows += "<tr><td dir=\"auto\">\(HTMLPage.escapeHTML(page.title))</td>"
            rows += "<td>\(HTMLPage.escapeHTML(event?.subtype ?? ""))</td>"
            rows += "<td>\(HTMLPage.escapeHTML(event?.date ?? ""))</td>"
            rows += "<td dir=\"auto\">\(HTMLPage.escapeHTML(event?.place ?? ""))</td>"
            rows += "<td>\(people)</td><td>\(links)</td></tr>\n"
        }
        let page = """
        <!DOCTYPE html>
        <html lang="ar" dir="ltr"><head><meta charset="utf-8"><title>Attendance diagrams</title>
        <style>body{font-family:"Noto Sans","Noto Sans Arabic","DejaVu Sans",sans-serif;margin:2rem}
        table{border-collapse:collapse}td,th{border-bottom:1px solid #d0d7de;padding:.35rem .8rem;text-align:start}</style>
        </head><body><h1>Attendance diagrams</h1>
        <table><thead><tr><th>event</th><th>kind</th><th>date</th><th>place</th><th>attendees</th><th>files</th></tr></thead>
        <tbody>
        \(rows)</tbody></table></body></html>

        """
        return Data(page.utf8)
    }
}
