import NoaberCore
import NoaberXML

extension ScenarioReader {
    /// A labelled scale: `min < max`, a label at `min` and at `max`, at most one per value in between, sorted by value.
    mutating func scale(_ element: XMLElement?) -> Scale {
        guard let element else { return Scale(min: 0, max: 0, labels: []) }
        let min = integer(element.attribute("min") ?? "", name: "min", at: element, attribute: "min")
        let max = integer(element.attribute("max") ?? "", name: "max", at: element, attribute: "max")
        var labels: [ScaleLabel] = []
        var lines: [Int: Int] = [:]
        for label in element.elements(named: "label") {
            guard let value = integer(label.attribute("value") ?? "", name: "value", at: label, attribute: "value")
            else { continue }
            labels.append(ScaleLabel(value: value, text: text(label)))
            guard let min, let max, min < max else { continue }
            if value < min || value > max {
                report(.scaleLabelOutOfRange(value: value, min: min, max: max), at: label, attribute: "value")
            } else if lines[value] != nil {
                report(.scaleLabelDuplicate(value: value), at: label, attribute: "value")
            } else {
                lines[value] = label.line
            }
        }
        if let min, let max {
            if min >= max {
                report(.scaleBounds(min: min, max: max), at: element, attribute: "min")
            } else {
                // Both ends need words (what does 1 mean, what does 10?); values between may go without.
                for value in [min, max] where lines[value] == nil {
                    report(.scaleLabelMissing(value: value), at: element)
                }
            }
        }
        // Verbatim: the labels in the order the value holds them.
        if !verbatim { labels.sort { $0.value < $1.value } }
        return Scale(min: min ?? 0, max: max ?? 0, labels: labels)
    }
}
