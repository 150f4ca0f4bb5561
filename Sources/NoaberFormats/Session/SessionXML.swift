/// The session XML format (`sessie.xml`): names shared by the writer and the reader.
///
/// The schema ships in `Exports/session.rng` and is embedded in the binary (`SessionSchema.source`).
public enum SessionXML {
    /// Noaber's session namespace; the major version is part of it, so an incompatible format gets a new URI.
    public static let namespace = "https://noaber.nl/ns/session/1"
}
