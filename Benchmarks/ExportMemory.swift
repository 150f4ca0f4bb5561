import Foundation

/// The memory one piece of work adds to a process that already holds its input: the peak resident set is reset
/// before the work (Linux: `5` into `/proc/self/clear_refs`) and read after it (`VmHWM`), and the resident set
/// before the work (`VmRSS`, the session and the earlier runs' freed but kept pages) is taken off.
/// Where `/proc` cannot be used, the process's lifetime peak (`ru_maxrss`) is all there is, and it is said so.
struct ExportMemory {
    /// Resident before the work, in KiB; `nil` without `/proc`.
    var before: Int?
    /// Peak resident during the work (or the process's lifetime peak without `/proc`), in KiB.
    var peak: Int
    var seconds: Double

    static func measure(_ work: () throws -> Void) rethrows -> ExportMemory {
        let before = status("VmRSS")
        let reset = (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
        let start = Date()
        try work()
        let seconds = Date().timeIntervalSince(start)
        if reset, let before, let peak = status("VmHWM") {
            return ExportMemory(before: before, peak: peak, seconds: seconds)
        }
        return ExportMemory(before: nil, peak: lifetimePeakMebibytes() * 1024, seconds: seconds)
    }

    func summary(participants: Int) -> String {
        let time = String(format: "%.2f s", seconds)
        guard let before else {
            return "hele export met \(participants) persoonlijke verslagen (\(time)): piekgeheugen van het hele "
                + "proces \(peak / 1024) MiB (ru_maxrss; /proc ontbreekt, dus inclusief het opbouwen van de sessie)"
        }
        return "hele export met \(participants) persoonlijke verslagen (\(time)): de export alleen "
            + "\(max(0, peak - before) / 1024) MiB boven de \(before / 1024) MiB die het proces al hield "
            + "(piek \(peak / 1024) MiB, VmHWM na clear_refs)"
    }

    /// The process's peak resident set so far (`ru_maxrss`, KiB on Linux), in MiB.
    static func lifetimePeakMebibytes() -> Int { usage().ru_maxrss / 1024 }

    /// User and system time of this process so far, in seconds.
    static func processorSeconds() -> Double {
        let usage = usage()
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    private static func usage() -> rusage {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage
    }

    /// A `kB` line of `/proc/self/status`.
    private static func status(_ key: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            return line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }
}
