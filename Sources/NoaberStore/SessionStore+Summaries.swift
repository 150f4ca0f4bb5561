import GRDB
public import NoaberCore

extension SessionStore {
    /// Every session in the store, oldest first (ties by id), counted in SQL from the `kind` column.
    public func sessionSummaries() throws(StoreError) -> [SessionSummary] {
        do {
            return try database.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.id, s.scenario_id, s.scenario_version, s.started_at, s.place, s.facilitator,
                            SUM(e.kind = 'participantJoined') - SUM(e.kind = 'participantLeft') AS participants,
                            SUM(e.kind = 'inputSubmitted') - SUM(e.kind = 'inputWithdrawn') AS inputs,
                            COUNT(e.sequence) AS events,
                            MAX(e.time_ms) AS last_time,
                            SUM(e.kind = 'sessionEnded') AS ended
                        FROM sessions s LEFT JOIN events e ON e.session_id = s.id
                        GROUP BY s.id
                        ORDER BY s.started_at, s.id
                        """)
                return rows.map { row in
                    SessionSummary(
                        id: row["id"], scenarioID: row["scenario_id"], scenarioVersion: row["scenario_version"],
                        startedAt: Timestamp(millisecondsSince1970: row["started_at"]), place: row["place"],
                        facilitator: row["facilitator"], participants: row["participants"] ?? 0,
                        inputs: row["inputs"] ?? 0, events: row["events"] ?? 0,
                        lastEventAt: Timestamp(millisecondsSince1970: row["last_time"] ?? row["started_at"]),
                        state: (row["ended"] ?? 0) > 0 ? .ended : .open)
                }
            }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// The summary of one session.
    public func summary(of session: SessionID) throws(StoreError) -> SessionSummary {
        guard let summary = try sessionSummaries().first(where: { $0.id == session }) else {
            throw .unknownSession(session)
        }
        return summary
    }
}

extension SessionStore {
    /// SQLite's `PRAGMA integrity_check`: empty when the file is sound, else SQLite's findings.
    public func integrityProblems() throws(StoreError) -> [String] {
        do {
            let lines = try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            return lines == ["ok"] ? [] : lines
        } catch {
            throw StoreError(error, path: path)
        }
    }
}
