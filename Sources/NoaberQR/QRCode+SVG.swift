extension QRCode {
    /// The code as a standalone SVG element: one `path` of dark modules on a light square, `quietZone` modules of
    /// margin on each side (the standard asks for 4), scaled by its container (`width` and `height` 100 %).
    ///
    /// The SVG holds no text, so nothing in it needs escaping; it is `aria-hidden` because the page around it says
    /// what it is (the join URL is printed beside it). Each row's runs of dark modules become one `h` segment, so
    /// the path stays short: a version-4 code needs a few hundred segments.
    public func svg(quietZone: Int = 4) -> String {
        let side = size + 2 * quietZone
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < size, isDark(row: row, column: column) { column += 1 }
                path += "M\(start + quietZone) \(row + quietZone)h\(column - start)v1h-\(column - start)z"
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="100%" height="100%" \
            shape-rendering="crispEdges" aria-hidden="true" focusable="false">\
            <rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }
}
