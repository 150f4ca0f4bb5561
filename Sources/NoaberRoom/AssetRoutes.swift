import Hummingbird

/// The style sheet and the refresh script, from the templates compiled into the binary.
extension RoomPages {
    func addAssetRoutes(to router: Router<RoomRequestContext>) {
        for (name, type) in [
            ("stijl.css", "text/css; charset=utf-8"), ("verversen.js", "text/javascript; charset=utf-8"),
            ("scherm.css", "text/css; charset=utf-8"), ("scherm.js", "text/javascript; charset=utf-8"),
        ] {
            let text = templates.assets[name] ?? ""
            router.get(RouterPath(name)) { _, _ in
                var headers = HTMLPage.headers(contentType: type)
                headers[.cacheControl] = "max-age=300"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
            }
        }
    }
}
