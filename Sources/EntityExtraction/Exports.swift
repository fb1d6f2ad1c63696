@_exported import EntityGraph
