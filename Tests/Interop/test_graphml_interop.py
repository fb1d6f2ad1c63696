"""GraphML written by ERGraph, read by the tools its users import it into.

Every *.graphml file in $ERGRAPH_GRAPHML_DIR is read three ways and compared:
- the raw XML (ElementTree), which gives what the file says;
- NetworkX `read_graphml` (as a multigraph, so parallel relations of different types survive);
- python-igraph `Graph.Read_GraphML`;
and it must be valid against the official GraphML schema (xmllint, offline catalog).

    ERGRAPH_GRAPHML_DIR=graphs python3 -m pytest Tests/Interop

The directory is required: without it (or with no GraphML in it) the tests fail rather than
skip, so a broken set-up cannot pass silently. `make test-python` fills it from the seeds; the
Swift test InteropSampleTests writes hand-made and hostile samples into $ERGRAPH_INTEROP_OUT.
"""
import math
import os
import pathlib
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

NS = "{http://graphml.graphdrawing.org/xmlns}"
NODE_KEYS = ["name", "label", "kind", "aliases", "label_latin", "subtype", "date", "place", "documents"]
EDGE_KEYS = ["type", "interaction", "role", "evidence", "document", "confidence"]
CHECKED_NODE_KEYS = ["name", "label", "kind", "aliases", "label_latin", "subtype", "date", "place", "documents"]
CHECKED_EDGE_KEYS = ["type", "interaction", "role", "evidence", "document"]
REPO = pathlib.Path(__file__).resolve().parents[2]


def graphml_files():
    directory = os.environ.get("ERGRAPH_GRAPHML_DIR")
    if not directory:
        return []
    return sorted(pathlib.Path(directory).rglob("*.graphml"))


def test_graphml_directory_is_given_and_not_empty():
    directory = os.environ.get("ERGRAPH_GRAPHML_DIR")
    assert directory, "set ERGRAPH_GRAPHML_DIR to a directory of GraphML files written by ergraph"
    assert pathlib.Path(directory).is_dir(), f"ERGRAPH_GRAPHML_DIR={directory} is not a directory"
    assert graphml_files(), f"no .graphml files in {directory}"


def raw(path):
    """What the file says, by attr.name: nodes and edges in file order with their data."""
    root = ET.parse(path).getroot()
    keys = {}
    for key in root.iter(NS + "key"):
        keys[key.get("id")] = (key.get("for"), key.get("attr.name"), key.get("attr.type"))
    graphs = root.findall(NS + "graph")
    assert len(graphs) == 1, "one <graph>"
    graph = graphs[0]

    def data(element):
        return {keys[d.get("key")][1]: (d.text or "") for d in element.findall(NS + "data")}

    nodes = [(n.get("id"), data(n)) for n in graph.findall(NS + "node")]
    edges = [(e.get("id"), e.get("source"), e.get("target"), data(e)) for e in graph.findall(NS + "edge")]
    children = [child.tag for child in graph]
    return keys, graph, nodes, edges, children


def schema_dir():
    shared = os.environ.get("ERGRAPH_SHARED")
    base = pathlib.Path(shared) if shared else REPO.parent / "shared"
    return base / "schemas" / "graphml"


@pytest.fixture(params=graphml_files(), ids=lambda p: p.name)
def path(request):
    return request.param


def test_valid_against_graphml_schema(path):
    xmllint = shutil.which("xmllint")
    assert xmllint, "xmllint is required (make test installs libxml2-utils)"
    schemas = schema_dir()
    assert (schemas / "graphml.xsd").exists(), f"GraphML schema not found in {schemas} (set ERGRAPH_SHARED)"
    result = subprocess.run(
        [xmllint, "--nonet", "--noout", "--schema", str(schemas / "graphml.xsd"), str(path)],
        env={**os.environ, "XML_CATALOG_FILES": str(schemas / "catalog.xml")},
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_key_contract(path):
    keys, graph, nodes, edges, children = raw(path)
    assert graph.get("edgedefault") == "directed"
    by_name = {}
    for key_id, (domain, name, type_) in keys.items():
        assert key_id == name, f"key id {key_id!r} is its attr.name"
        assert domain in ("node", "edge"), f"key {key_id} is for node or edge, not {domain!r}"
        assert type_, f"key {key_id} is typed"
        assert key_id != "id"
        by_name[name] = (domain, type_)
    for name in NODE_KEYS:
        assert by_name.get(name) == ("node", "string"), name
    for name in EDGE_KEYS[:-1]:
        assert by_name.get(name) == ("edge", "string"), name
    assert by_name.get("confidence") == ("edge", "double")
    first_edge = children.index(NS + "edge") if NS + "edge" in children else len(children)
    assert NS + "node" not in children[first_edge:], "all nodes before all edges"
    edge_ids = [e[0] for e in edges]
    assert len(set(edge_ids)) == len(edge_ids), "unique edge ids"
    for node_id, _ in nodes:
        assert node_id.isascii() and node_id and all(c.isalnum() or c in "-_.:" for c in node_id), node_id
    for _, _, _, values in edges:
        assert values.get("type") == values.get("interaction")


def test_networkx_reads_every_node_edge_and_attribute(path):
    import networkx
    _, _, nodes, edges, _ = raw(path)
    graph = networkx.read_graphml(path, force_multigraph=True)
    assert graph.is_directed()
    assert graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(edges)
    for node_id, values in nodes:
        attributes = graph.nodes[node_id]
        for key in CHECKED_NODE_KEYS:
            assert attributes.get(key) == values.get(key), (node_id, key)
    for edge_id, source, target, values in edges:
        attributes = graph.edges[source, target, edge_id]
        for key in CHECKED_EDGE_KEYS:
            assert attributes.get(key) == values.get(key), (edge_id, key)
        assert math.isclose(attributes["confidence"], float(values["confidence"]))


def test_igraph_reads_every_node_edge_and_attribute(path):
    import igraph

    _, _, nodes, edges, _ = raw(path)
    if not nodes:
        # igraph cannot read a GraphML graph without vertices into attributes; counts still hold.
        graph = igraph.Graph.Read_GraphML(str(path))
        assert graph.vcount() == 0 and graph.ecount() == 0
        return
    graph = igraph.Graph.Read_GraphML(str(path))
    assert graph.is_directed()
    assert graph.vcount() == len(nodes)
    assert graph.ecount() == len(edges)
    index = {}
    for vertex in graph.vs:
        index[vertex["id"]] = vertex.index
    for node_id, values in nodes:
        vertex = graph.vs[index[node_id]]
        for key in CHECKED_NODE_KEYS:
            assert (vertex[key] or "") == values.get(key, ""), (node_id, key)
    # igraph 1.0 does not keep edge ids (its edge "id" attribute is filled with vertex ids), but
    # it keeps the edges in file order, so edges are matched by position.
    for edge, (edge_id, source, target, values) in zip(graph.es, edges):
        assert graph.vs[edge.source]["id"] == source and graph.vs[edge.target]["id"] == target
        for key in CHECKED_EDGE_KEYS:
            assert (edge[key] or "") == values.get(key, ""), (edge_id, key)
        assert math.isclose(edge["confidence"], float(values["confidence"]))
