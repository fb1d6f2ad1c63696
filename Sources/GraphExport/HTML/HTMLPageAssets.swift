/// The style and script of `HTMLPage`: inline, so the page needs no network.
enum HTMLPageAssets {
    static let style = #"""
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; font-family: "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif; color: #1d2630; }
    body { display: flex; flex-direction: column; }
    header { display: flex; gap: .75rem; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
    header h1 { font-size: 1.05rem; margin: 0 1rem 0 0; font-weight: 600; }
    #search { flex: 0 1 22rem; padding: .35rem .6rem; font-size: .95rem; border: 1px solid #afb8c1; border-radius: 6px; }
    #matches { color: #57606a; font-size: .85rem; min-width: 6rem; }
    #reset { padding: .3rem .8rem; border: 1px solid #afb8c1; border-radius: 6px; background: #fff; cursor: pointer; }
    main { flex: 1; display: flex; min-height: 0; }
    #canvas { flex: 1; overflow: hidden; cursor: grab; background: #fff; }
    #canvas.dragging { cursor: grabbing; }
    #canvas svg { width: 100%; height: 100%; display: block; }
    #panel { width: 24rem; max-width: 40%; overflow-y: auto; border-left: 1px solid #d0d7de; padding: .75rem 1rem; background: #fbfcfd; font-size: .9rem; }
    #panel h2, #panel .relation-heading { font-size: 1.1rem; margin: .2rem 0 .4rem; font-weight: 600; }
    #panel .relation { margin-top: .6rem; }
    #panel h3 { font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; color: #57606a; margin: 1rem 0 .3rem; }
    #panel ul { margin: 0; padding-left: 1.1rem; }
    #panel li { margin: .2rem 0; }
    #panel blockquote { margin: .3rem 0; padding: .35rem .6rem; border-left: 3px solid #8c959f; background: #fff; line-height: 1.6; }
    #panel .source { color: #57606a; font-size: .8rem; }
    #panel .kind { display: inline-block; padding: 0 .5rem; border-radius: 10px; background: #ddf4ff; font-size: .8rem; }
    .hint { color: #57606a; }
    svg.searching g.node:not(.match) { opacity: .25; }
    svg.searching g.edge { opacity: .2; }
    g.node.match polygon, g.node.match ellipse, g.node.match path { stroke: #d4a72c; stroke-width: 4px; }
    g.node.selected polygon, g.node.selected ellipse, g.node.selected path { stroke: #cf222e; stroke-width: 4px; }
    g.edge.selected path { stroke: #cf222e; stroke-width: 3px; }
    g.node, g.edge { cursor: pointer; }

    """#

    static let script = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("graph-data").textContent);
      var canvas = document.getElementById("canvas");
      var svg = canvas.querySelector("svg");
      var panel = document.getElementById("panel");
      var search = document.getElementById("search");
      var matchCount = document.getElementById("matches");
      var nodes = {}, edges = {};

      function tableId(g, table) {
        if (Object.prototype.hasOwnProperty.call(table, g.id)) return g.id;
        var title = g.querySelector("title");
        if (title && Object.prototype.hasOwnProperty.call(table, title.textContent)) return title.textContent;
        return null;
      }
      if (svg) {
        svg.querySelectorAll("g.node").forEach(function (g) {
          var id = tableId(g, data.entities);
          if (id) { nodes[id] = g; g.setAttribute("data-entity", id); }
        });
        svg.querySelectorAll("g.edge").forEach(function (g) {
          var id = tableId(g, data.relations);
          if (id) { edges[id] = g; g.setAttribute("data-relation", id); }
        });
      }

      function el(tag, text, cls) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) e.textContent = String(text);
        if (cls) e.className = cls;
        e.setAttribute("dir", "auto");
        return e;
      }
      function labelOf(id) { var e = data.entities[id]; return e ? e.label : id; }
      function evidenceList(list, into) {
        list.forEach(function (v) {
          into.appendChild(el("blockquote", v.text, "evidence"));
          into.appendChild(el("div", v.document + " \u00b7 " + v.rule, "source"));
        });
      }
      // "source — type (role) → target", left to right, each name isolated so Arabic names do
      // not turn the line around and make the arrow point against the reading direction.
      function relationLine(rel) {
        var line = document.createElement("div");
        line.className = "relation";
        line.setAttribute("dir", "ltr");
        function name(text) { var b = document.createElement("bdi"); b.textContent = text; return b; }
        line.appendChild(name(labelOf(rel.source)));
        line.appendChild(document.createTextNode(" \u2014 " + rel.type + " "));
        if (rel.role) { line.appendChild(document.createTextNode("(")); line.appendChild(name(rel.role)); line.appendChild(document.createTextNode(") ")); }
        line.appendChild(document.createTextNode("\u2192 "));
        line.appendChild(name(labelOf(rel.target)));
        return line;
      }
      function clearSelection() {
        svg && svg.querySelectorAll(".selected").forEach(function (g) { g.classList.remove("selected"); });
      }

      function showEntity(id) {
        var e = data.entities[id];
        panel.textContent = "";
        panel.setAttribute("data-selected", id);
        panel.appendChild(el("span", e.kind + (e.subtype ? " \u00b7 " + e.subtype : ""), "kind"));
        panel.appendChild(el("h2", e.label, "label"));
        if (e.latin) panel.appendChild(el("div", e.latin, "latin"));
        if (e.date) panel.appendChild(el("div", "date: " + e.date, "date"));
        if (e.place) panel.appendChild(el("div", "place: " + e.place, "place"));
        if (e.aliases.length) {
          panel.appendChild(el("h3", "Also written"));
          var ul = el("ul", null, "aliases");
          e.aliases.forEach(function (a) { ul.appendChild(el("li", a)); });
          panel.appendChild(ul);
        }
        panel.appendChild(el("h3", "Documents"));
        var docs = el("ul", null, "documents");
        e.documents.forEach(function (d) { docs.appendChild(el("li", data.documents[d] || d)); });
        panel.appendChild(docs);
        var related = Object.keys(data.relations).filter(function (r) {
          return data.relations[r].source === id || data.relations[r].target === id;
        });
        if (related.length) {
          panel.appendChild(el("h3", "Relations and evidence"));
          related.forEach(function (r) {
            var rel = data.relations[r];
            panel.appendChild(relationLine(rel));
            evidenceList(rel.evidence, panel);
          });
        }
        clearSelection();
        if (nodes[id]) nodes[id].classList.add("selected");
      }

      function showRelation(id) {
        var r = data.relations[id];
        panel.textContent = "";
        panel.setAttribute("data-selected", id);
        panel.appendChild(el("span", r.type, "kind"));
        var heading = relationLine(r);
        heading.className = "label relation-heading";
        panel.appendChild(heading);
        if (r.role) panel.appendChild(el("div", "role: " + r.role, "role"));
        panel.appendChild(el("div", "confidence: " + r.confidence, "confidence"));
        panel.appendChild(el("h3", "Evidence"));
        evidenceList(r.evidence, panel);
        clearSelection();
        if (edges[id]) edges[id].classList.add("selected");
      }

      function select(id) {
        if (Object.prototype.hasOwnProperty.call(data.entities, id)) showEntity(id);
        else if (Object.prototype.hasOwnProperty.call(data.relations, id)) showRelation(id);
      }

      function fold(s) {
        return String(s).normalize("NFKC")
          .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
          .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
          .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647")
          .replace(/\s+/g, " ").trim().toLowerCase();
      }
      function runSearch(query) {
        var q = fold(query), count = 0;
        Object.keys(nodes).forEach(function (id) {
          var e = data.entities[id];
          var hit = q !== "" && [e.label, e.latin || ""].concat(e.aliases).some(function (f) { return fold(f).indexOf(q) >= 0; });
          nodes[id].classList.toggle("match", hit);
          if (hit) count += 1;
        });
        if (svg) svg.classList.toggle("searching", q !== "");
        matchCount.textContent = q === "" ? "" : count + (count === 1 ? " match" : " matches");
      }
      search.addEventListener("input", function () { runSearch(search.value); });

      // Pan and zoom by moving the SVG viewBox.
      if (svg && svg.viewBox && svg.viewBox.baseVal) {
        var vb = svg.viewBox.baseVal;
        var initial = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
        svg.removeAttribute("width"); svg.removeAttribute("height");
        var toSvg = function (ev) {
          var r = svg.getBoundingClientRect();
          var s = Math.max(vb.width / r.width, vb.height / r.height);
          var ox = vb.x + (vb.width - r.width * s) / 2, oy = vb.y + (vb.height - r.height * s) / 2;
          return { x: ox + (ev.clientX - r.left) * s, y: oy + (ev.clientY - r.top) * s, s: s };
        };
        svg.addEventListener("wheel", function (ev) {
          ev.preventDefault();
          var k = ev.deltaY > 0 ? 1.15 : 1 / 1.15, p = toSvg(ev);
          vb.x = p.x - (p.x - vb.x) * k; vb.y = p.y - (p.y - vb.y) * k;
          vb.width *= k; vb.height *= k;
        }, { passive: false });
        var drag = null, moved = false;
        svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY }; moved = false; canvas.classList.add("dragging"); });
        window.addEventListener("mousemove", function (ev) {
          if (!drag) return;
          var s = toSvg(ev).s, dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
          if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
          vb.x -= dx * s; vb.y -= dy * s; drag = { x: ev.clientX, y: ev.clientY };
        });
        window.addEventListener("mouseup", function () { drag = null; canvas.classList.remove("dragging"); });
        document.getElementById("reset").addEventListener("click", function () {
          vb.x = initial.x; vb.y = initial.y; vb.width = initial.w; vb.height = initial.h;
        });
        svg.addEventListener("click", function (ev) {
          if (moved) return;
          var g = ev.target.closest ? ev.target.closest("g.node, g.edge") : null;
          if (!g) return;
          select(g.getAttribute("data-entity") || g.getAttribute("data-relation"));
        });
      }

      function fromHash() {
        var hash = decodeURIComponent(location.hash.replace(/^#/, ""));
        hash.split("&").forEach(function (part) {
          var i = part.indexOf("=");
          if (i < 0) return;
          var key = part.slice(0, i), value = part.slice(i + 1);
          if (key === "select") select(value);
          if (key === "search") { search.value = value; runSearch(value); }
        });
      }
      window.addEventListener("hashchange", fromHash);
      fromHash();
      document.body.setAttribute("data-ready", "true");
    })();

    """#
}
