import NoaberXML

/// Figures for NoaberXML: streaming write, hardened parse, parse with RelaxNG validation, and how fast a
/// billion-laughs document is refused. Arguments: `[inputs]` (default 50,000 `inbreng` elements).
enum XMLBenchmark {
    private static let schema = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0">
          <start>
            <element name="sessie">
              <attribute name="id"/>
              <zeroOrMore>
                <element name="inbreng">
                  <attribute name="deelnemer"/>
                  <attribute name="stap"/>
                  <text/>
                </element>
              </zeroOrMore>
            </element>
          </start>
        </grammar>
        """

    private static let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <lolz>&lol4;</lolz>
        """

    static func run(arguments: [String]) async throws {
        let count = arguments.first.flatMap(Int.init) ?? 50_000
        let clock = ContinuousClock()
        /// The fastest of three runs, so that first-touch costs (page faults, allocator growth) do not count.
        func best(_ body: () throws -> Void) rethrows -> Duration {
            var fastest = Duration.seconds(3600)
            for _ in 0..<3 { fastest = min(fastest, try clock.measure(body)) }
            return fastest
        }

        var bytes: [UInt8] = []
        let writeTime = try best {
            let writer = try XMLWriter()
            try writer.startDocument()
            try writer.startElement("sessie")
            try writer.attribute("id", "grasveldje-2026")
            for index in 0..<count {
                try writer.element(
                    "inbreng",
                    attributes: ["deelnemer": "d\(index % 40)", "stap": "s\(index % 12)"],
                    text: "Idee \(index): meer groen & speelruimte op het grasveldje, zegt één \"bewoner\" 🙂"
                )
            }
            try writer.endElement()
            bytes = try writer.finish()
        }
        let mebibytes = Double(bytes.count) / 1_048_576
        report("write", count: count, mebibytes: mebibytes, time: writeTime)

        let options = XMLParseOptions(maxBytes: 256 * 1024 * 1024)
        var elements = 0
        let parseTime = try best {
            elements = try XMLParser.parse(bytes, file: "bench.xml", options: options).root.elements.count
        }
        precondition(elements == count, "parsed \(elements) of \(count) elements")
        report("parse", count: count, mebibytes: mebibytes, time: parseTime)

        let relaxNG = try RelaxNGSchema(data: Array(schema.utf8), file: "bench.rng")
        let validateTime = try best {
            _ = try XMLParser.parse(bytes, file: "bench.xml", options: options, schema: relaxNG)
        }
        report("parse + RelaxNG", count: count, mebibytes: mebibytes, time: validateTime)

        let rounds = 1_000
        let bombTime = clock.measure {
            for _ in 0..<rounds {
                _ = try? XMLParser.parse(Array(bomb.utf8), file: "bomb.xml")
            }
        }
        print("billion laughs refused: \((seconds(bombTime) / Double(rounds) * 1e7).rounded() / 10) µs per document")
    }

    private static func report(_ label: String, count: Int, mebibytes: Double, time: Duration) {
        let throughput = (mebibytes / seconds(time) * 10).rounded() / 10
        let size = (mebibytes * 10).rounded() / 10
        print("\(label): \(count) elements, \(size) MiB in \(milliseconds(time)) ms (\(throughput) MiB/s)")
    }

    private static func milliseconds(_ time: Duration) -> Int {
        Int(time.components.seconds * 1000 + time.components.attoseconds / 1_000_000_000_000_000)
    }

    private static func seconds(_ time: Duration) -> Double {
        Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18
    }
}
