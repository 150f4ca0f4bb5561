public import NoaberCore

/// Why the journal refused or failed. Every case names the store file so that a facilitator knows which file to
/// look at; none of them ever leads to the file being recreated or truncated.
public enum StoreError: UserFacingError, Equatable {
    /// The file or its directory cannot be written (permissions, read-only medium, opened read-only).
    case readOnly(path: String)
    /// SQLITE_FULL: the disk (or the database's page limit) is full. Nothing of the failed write is kept.
    case full(path: String)
    /// SQLITE_CORRUPT / SQLITE_NOTADB, or an SQLite file that another program made.
    case notAStore(path: String)
    /// The store was migrated by a newer Noaber; this version does not know its schema.
    case newerSchema(path: String, migrations: [String])
    /// Opening read-only (`noaber sessions`, `noaber export`) a store that does not exist.
    case missing(path: String)
    /// Opening for reading a 0-byte file, or a store whose creation was never finished: it holds no sessions.
    /// (A writer makes it a store.)
    case empty(path: String)
    /// The store's directory does not exist and cannot be created.
    case cannotCreateDirectory(path: String, directory: String)
    /// SQLITE_CANTOPEN: SQLite cannot open the file (a directory in its place, no permission on the folder, …);
    /// `reason` is SQLite's own text.
    case cannotOpen(path: String, reason: FileProblem)
    /// Opened read-only in a folder Noaber cannot write, and the store's -wal log still holds events, or SQLite
    /// refuses the read-only fallback: the folder must be made writable.
    case folderNotWritable(path: String)
    case unknownSession(SessionID)
    /// A session with this id exists already (import, merge, `--session-id`).
    case sessionExists(SessionID)
    /// An append does not continue the journal: a gap, a duplicate or a first event that does not start a session.
    case sequenceMismatch(session: SessionID, expected: Int, got: Int)
    /// The first event of a session must be `sessionStarted` with the same session id.
    case notASessionStart(session: SessionID)
    /// A stored event cannot be decoded (written by a newer version, or damaged by hand).
    case undecodableEvent(session: SessionID, sequence: Int)
    /// Any other SQLite failure, with SQLite's own message.
    case database(path: String, message: String)

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.newerSchema(let path, let migrations), .nl):
            "de opslag \(path) is gemaakt door een nieuwere versie van Noaber (onbekende migraties: "
                + "\(migrations.joined(separator: ", "))); werk Noaber bij"
        case (.newerSchema(let path, let migrations), .en):
            "the store \(path) was made by a newer version of Noaber (unknown migrations: "
                + "\(migrations.joined(separator: ", "))); update Noaber"
        default: language.pick(Self.messages.wording(of: self) ?? MessageCatalogue.unworded(self))
        }
    }

    /// The messages of every case but those worded above.
    static let messages = MessageCatalogue(
        #"""
        readOnly(path)
        nl: de opslag {path} is alleen-lezen; er is niets opgeslagen
        en: the store {path} is read-only; nothing was saved

        full(path)
        nl: de schijf met de opslag {path} is vol; de laatste invoer is niet opgeslagen, eerdere invoer is intact
        en: the disk holding the store {path} is full; the last entry was not saved, earlier entries are intact

        notAStore(path)
        nl: {path} is geen Noaber-opslag of is beschadigd; het bestand is niet gewijzigd
        en: {path} is not a Noaber store or is damaged; the file was not changed

        missing(path)
        nl: de opslag {path} bestaat niet
        en: the store {path} does not exist

        empty(path)
        nl: de opslag {path} is leeg: er staan nog geen sessies in
        en: the store {path} is empty: it holds no sessions yet

        cannotCreateDirectory(path, directory)
        nl: kan de map {directory} voor de opslag {path} niet maken
        en: cannot create the folder {directory} for the store {path}

        cannotOpen(path, reason)
        nl: kan de opslag {path} niet openen: {reason}
        en: cannot open the store {path}: {reason}

        folderNotWritable(path)
        nl: kan de opslag {path} niet lezen: de map moet schrijfbaar zijn (SQLite maakt er een -shm-bestand)
        en: cannot read the store {path}: its folder must be writable (SQLite creates a -shm file there)

        unknownSession(id)
        nl: onbekende sessie '{id}'
        en: unknown session '{id}'

        sessionExists(id)
        nl: er bestaat al een sessie '{id}'
        en: a session '{id}' exists already

        sequenceMismatch(session, expected, got)
        nl: sessie '{session}': gebeurtenis {got} sluit niet aan op het logboek (verwacht {expected})
        en: session '{session}': event {got} does not continue the journal (expected {expected})

        notASessionStart(session)
        nl: sessie '{session}': de eerste gebeurtenis moet de start van deze sessie zijn
        en: session '{session}': the first event must start this session

        undecodableEvent(session, sequence)
        nl: sessie '{session}': gebeurtenis {sequence} in de opslag is onleesbaar
        en: session '{session}': stored event {sequence} cannot be read

        database(path, message)
        nl: databasefout in {path}: {message}
        en: database error in {path}: {message}
        """#)
}
