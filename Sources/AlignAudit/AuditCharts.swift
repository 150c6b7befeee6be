import AlignModel
import Foundation

/// Geometry of the report's inline SVG charts, computed here so the template only places numbers.
/// All coordinates are pre-formatted strings (the template never does arithmetic).
struct BarChart {
    struct Bar {
        var label: String
        var labelY: String
        var y: String
        var width: String
        var fill: String
        var valueX: String
        var valueText: String
        var trackWidth: String
    }

    struct Tick {
        var x: String
        var label: String
    }

    var width = 520
    var height: Int
    var bars: [Bar]
    var ticks: [Tick]
    var axisBottom: String

    static let labelWidth = 100.0
    static let plotWidth = 370.0
    static let rowHeight = 34.0

    init(rows: [(label: String, score: Int?)]) {
        height = Int(Double(rows.count) * BarChart.rowHeight) + 34
        bars = rows.enumerated().map { index, row in
            let top = 8 + Double(index) * BarChart.rowHeight
            let length = BarChart.plotWidth * Double(row.score ?? 0) / 100
            return Bar(
                label: row.label,
                labelY: fmt(top + 17),
                y: fmt(top),
                width: fmt(length),
                fill: AuditColors.score(row.score),
                valueX: fmt(BarChart.labelWidth + length + 6),
                valueText: AuditText.scoreText(row.score),
                trackWidth: fmt(BarChart.plotWidth))
        }
        ticks = stride(from: 0, through: 100, by: 25).map { value in
            Tick(x: fmt(BarChart.labelWidth + BarChart.plotWidth * Double(value) / 100), label: "\(value)")
        }
        axisBottom = fmt(8 + Double(rows.count) * BarChart.rowHeight)
    }
}

/// The per-quarter trend: the overall score as a bold line, each channel as a thin one.
struct LineChart {
    struct Series {
        var name: String
        var color: String
        var dash: String
        var strokeWidth: String
        var points: String
        var dots: [Dot]
        var legendX: String
    }

    struct Dot {
        var x: String
        var y: String
        var label: String
        var labelY: String
    }

    struct Grid {
        var y: String
        var label: String
        var labelY: String
    }

    struct XLabel {
        var x: String
        var label: String
    }

    var width = 520
    var height = 250
    var gridRight: String
    var xLabelY = "232"
    var series: [Series]
    var grid: [Grid]
    var xLabels: [XLabel]

    static let left = 40.0
    static let right = 24.0
    static let top = 34.0
    static let plotHeight = 170.0

    init(trend: [TrendPoint]) {
        let plotWidth = Double(width) - LineChart.left - LineChart.right
        gridRight = fmt(Double(width) - LineChart.right + 8)
        let count = trend.count
        func x(_ index: Int) -> Double {
            count < 2 ? LineChart.left + plotWidth / 2 : LineChart.left + plotWidth * Double(index) / Double(count - 1)
        }
        func y(_ score: Int) -> Double {
            LineChart.top + LineChart.plotHeight * Double(100 - min(100, max(0, score))) / 100
        }
        grid = stride(from: 0, through: 100, by: 25).map { value in
            Grid(y: fmt(y(value)), label: "\(value)", labelY: fmt(y(value) + 4))
        }
        xLabels = trend.enumerated().map { XLabel(x: fmt(x($0.offset)), label: $0.element.quarter.description) }
        var all: [Series] = []
        let overallDots = trend.enumerated().map { index, point in
            Dot(x: fmt(x(index)), y: fmt(y(point.overall)), label: "\(point.overall)", labelY: fmt(y(point.overall) - 9))
        }
        all.append(Series(name: "overall", color: AuditColors.overall, dash: "none", strokeWidth: "3",
                          points: overallDots.map { "\($0.x),\($0.y)" }.joined(separator: " "), dots: overallDots, legendX: fmt(LineChart.left)))
        for (offset, channel) in Channel.allCases.enumerated() {
            let points = trend.enumerated().compactMap { index, point in
                point.channels[channel.rawValue].map { (x(index), y($0)) }
            }
            guard !points.isEmpty else { continue }
            all.append(Series(
                name: channel.rawValue, color: AuditColors.channel(channel), dash: "5 4", strokeWidth: "1.6",
                points: points.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " "), dots: [],
                legendX: fmt(LineChart.left + 100 * Double(offset + 1))))
        }
        series = all
    }
}

enum AuditColors {
    static let overall = "#1f3a93"

    /// Bars and the headline take their colour from the verdict band.
    static func score(_ score: Int?) -> String {
        guard let score else { return "#9e9e9e" }
        switch score {
        case 90...: return "#2e7d32"
        case 75..<90: return "#7cb342"
        case 50..<75: return "#f9a825"
        default: return "#c62828"
        }
    }

    static func channel(_ channel: Channel) -> String {
        switch channel {
        case .customer: "#00838f"
        case .employee: "#8e24aa"
        case .management: "#ef6c00"
        }
    }
}

private func fmt(_ value: Double) -> String {
    String(format: "%.1f", value)
}
