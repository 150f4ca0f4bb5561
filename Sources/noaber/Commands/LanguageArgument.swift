public import ArgumentParser
public import NoaberCore

/// `--lang nl|en` on every command: one conformance, so that ArgumentParser checks the value and lists the
/// choices in the same way everywhere. It lives here because NoaberCore imports no package.
extension Language: ExpressibleByArgument {}
