import Foundation
import Hummingbird
import NoaberConsole
import NoaberCore

/// The facilitator's page behind the secret: `GET /leiding/SECRET` and `POST /leiding/SECRET/ACTION` (open,
/// close, reopen, show or hide results, merge and rename items, note, end, export). The secret is compared in
/// constant time; every form carries the facilitator's CSRF token and a form key.
extension RoomPages {
    func addFacilitatorRoutes(to router: Router<RoomRequestContext>) {
        router.get("/leiding/{secret}") { request, context in
            do throws(RoomError) {
                try await requireSecret(context.parameters.get("secret"))
            } catch {
                return try errorPage(error).response(from: request, context: context)
            }
            let done = request.uri.queryParameters["gedaan"].map(String.init)
            return try await facilitatorPage(message: nil, done: done).response(from: request, context: context)
        }
        router.post("/leiding/{secret}/{action}") { request, context in
            let secret = context.parameters.get("secret") ?? ""
            let action = context.parameters.get("action") ?? ""
            return try await handling(
                back: "/leiding/\(secret)",
                { () async throws(RoomError) -> Response in
                    try await requireSecret(secret)
                    let form = try await RoomForm.read(request, timeout: bodyTimeout)
                    try form.checkLengths(["tekst": TextField.text.limit])
                    guard let sent = try form.text("csrf"), RoomSecrets.equal(sent, await room.keys.facilitatorCSRF)
                    else { throw .forgedForm }
                    var done = ""
                    try await once(form, owner: "leiding") { () async throws(RoomError) in
                        done = try await facilitatorAction(action, form: form)
                    }
                    let query = done.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                    return HTMLPage.redirect(to: "/leiding/\(secret)?gedaan=\(query)")
                }, request: request, context: context)
        }
    }

    private func requireSecret(_ given: String?) async throws(RoomError) {
        guard let given, RoomSecrets.equal(given, await room.facilitatorSecret) else { throw .notFacilitator }
    }

    /// Runs one action; returns what the page says it did.
    private func facilitatorAction(_ action: String, form: RoomForm) async throws(RoomError) -> String {
        switch action {
        case "openen", "sluiten", "heropenen", "tonen", "verbergen":
            let step = try form.required("stap")
            let command: SessionCommand =
                switch action {
                case "openen": .open(step)
                case "sluiten": .close(step)
                case "heropenen": .reopen(step)
                case "tonen": .showResults(step, true)
                default: .showResults(step, false)
                }
            try await room.perform(command)
            return "stap \(step): \(action)"
        case "samenvoegen":
            let step = try form.required("stap")
            let state = await room.runner.state
            var items: [Item.ID] = []
            for item in state.items(for: step) where try form.text("item_\(item.id)") != nil { items.append(item.id) }
            let into = try form.required("doel")
            let text = try form.text("tekst", limit: TextField.itemText.limit).flatMap { $0.isEmpty ? nil : $0 }
            try await room.perform(.merge(step: step, items: items, into: into, text: text))
            return "items samengevoegd in \(into)"
        case "hernoemen":
            let step = try form.required("stap")
            let item = try form.required("item")
            try await room.perform(
                .renameItem(step: step, item: item, text: try form.required("tekst", limit: TextField.itemText.limit)))
            return "item \(item) hernoemd"
        case "notitie":
            let step = try form.text("stap").flatMap { $0.isEmpty ? nil : $0 }
            let text = try form.required("tekst", limit: TextField.text.limit)
            // The kind decides where the text goes: conclusions and agreements open the report, notes do not.
            switch try form.text("soort") ?? "notitie" {
            case "notitie":
                try await room.perform(.note(step: step, text: text))
                return "notitie opgeslagen"
            case "conclusie":
                try await room.perform(.record(.conclusion, step: step, text: text))
                return "conclusie opgeslagen"
            case "afspraak":
                try await room.perform(.record(.agreement, step: step, text: text))
                return "afspraak opgeslagen"
            default:
                throw .invalidField("soort")
            }
        case "definitief":
            try await room.perform(.finalise)
            return "verslag definitief"
        case "beeindigen":
            try await room.perform(.end)
            return "sessie beëindigd"
        case "exporteren":
            return try await export()
        default:
            throw .invalidField("actie")
        }
    }

    /// Writes the session's exports (group report, personal reports, data, session XML) into the room's export
    /// folder, as `noaber export --personal` would.
    private func export() async throws(RoomError) -> String {
        let state = await room.runner.state
        guard state.isEnded, let id = state.settings?.sessionID else {
            throw .invalidAnswer("exporteren kan als de sessie is beëindigd")
        }
        let folder = room.exportFolder ?? "Exports/\(id)"
        do {
            let result = try SessionExport.write(
                try room.runner.store.events(of: id), to: URL(fileURLWithPath: folder, isDirectory: true),
                formats: SessionExport.defaultFormats, personal: true, language: .nl)
            return "export in \(folder) (\(result.files.count) bestanden)"
        } catch {
            throw .unavailable("\(error)")
        }
    }
}
