/// The version of the aggregation methods (rankings, agreement, scores, tallies) that computed a result.
///
/// `sessie.xml` records it beside its aggregates. Bump it whenever a method can give a different result for the same
/// inputs (for example when exact Kemeny–Young reaches more items), so that an importer can tell an archived file
/// computed by older methods (a note) from a tampered one (refused).
public enum MethodsVersion {
    /// Version 1: the methods as first released (exact Kemeny–Young up to 16 items).
    /// Version 2: exact Kemeny–Young up to 20 items (`KemenyYoung.maximumCandidates`); 17–20-item rankings
    /// that version 1 ordered by Schulze are now ordered by Kemeny–Young.
    public static let current = 2
}
