import AlignModel

/// Reads Office Open XML documents: `.docx` (management plans, scripts) and `.pptx` (sales
/// decks), from their ZIP container in memory (`OfficeArchive`). Comments and tracked deletions
/// are not read; a `.pptx` is read slide by slide with its speaker notes.
public struct OfficeReader: DocumentReader {
    public static let extensions = ["docx", "pptx"]

    public init() {}

    public func read(_ bytes: [UInt8], path: String, options: ReadOptions) -> [Document] {
        var document = Document(path: path, kind: .article)
        var archive: OfficeArchive
        do {
            archive = try OfficeArchive(bytes)
        } catch {
            document.problems.append(ReadProblem(kind: .unreadable, message: "not a readable ZIP archive, as an Office document (.docx, .pptx) is (\(error.reason)): the file is damaged or not what its name says"))
            return [document]
        }
        if path.lowercased().hasSuffix(".pptx") {
            (document.blocks, document.lineTexts) = Self.slides(in: &archive, options: options)
        } else if let part = archive.part("word/document.xml") {
            guard let xml = OfficeXML(part) else {
                document.problems.append(ReadProblem(kind: .unreadable, message: "word/document.xml is not well-formed XML"))
                return [document]
            }
            var walker = WordDocumentWalker(otherParty: options.otherParty, maxDepth: options.maxNestingDepth)
            walker.walk(xml)
            document.blocks = walker.text.blocks
            document.lineTexts = walker.text.lineTexts
            if walker.isTruncated {
                document.problems.append(ReadProblem(kind: .truncated, message: "content nested deeper than \(options.maxNestingDepth) levels was not read"))
            }
        } else if archive.problems.isEmpty {
            document.problems.append(ReadProblem(kind: .unreadable, message: "the archive has no word/document.xml: it is not a Word document"))
        }
        document.problems += archive.problems
        return [document]
    }

    /// The slides in the order `ppt/presentation.xml` lists them (by number when it cannot be
    /// read), each with the notes its relationships name.
    private static func slides(in archive: inout OfficeArchive, options: ReadOptions) -> ([Block], [Int: String]) {
        var walker = SlideDeckWalker(otherParty: options.otherParty, maxDepth: options.maxNestingDepth)
        for slide in slideOrder(in: &archive) {
            guard let part = archive.part(slide), let xml = OfficeXML(part) else { continue }
            let notes = notesPath(of: slide, in: &archive).flatMap { archive.part($0) }.flatMap(OfficeXML.init)
            walker.walk(slide: xml, notes: notes)
        }
        return (walker.text.blocks, walker.text.lineTexts)
    }

    static func slideOrder(in archive: inout OfficeArchive) -> [String] {
        let relationships = archive.part("ppt/_rels/presentation.xml.rels").flatMap(OfficeXML.init).map(targets) ?? [:]
        var ordered: [String] = []
        if let presentation = archive.part("ppt/presentation.xml").flatMap(OfficeXML.init), let root = presentation.root,
           let list = OfficeXML.child(root, "sldIdLst") {
            for slide in OfficeXML.children(list) {
                if let id = rId(slide), let target = relationships[id] {
                    ordered.append(resolve(target, from: "ppt/"))
                }
            }
        }
        if ordered.isEmpty {
            ordered = archive.paths.filter { $0.hasPrefix("ppt/slides/slide") && $0.hasSuffix(".xml") }
                .sorted { number(in: $0) < number(in: $1) }
        }
        return ordered
    }

    /// `r:id` of a `p:sldId` (its other attribute is also named `id`).
    private static func rId(_ node: OfficeXML.Node) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let prefix = current.pointee.ns?.pointee.prefix, String(cString: prefix) == "r",
               let text = current.pointee.children?.pointee.content {
                return String(cString: text)
            }
            property = current.pointee.next
        }
        return nil
    }

    private static func notesPath(of slide: String, in archive: inout OfficeArchive) -> String? {
        let folder = slide.split(separator: "/").dropLast().joined(separator: "/")
        let name = slide.split(separator: "/").last.map(String.init) ?? ""
        guard let xml = archive.part("\(folder)/_rels/\(name).rels").flatMap(OfficeXML.init), let root = xml.root else { return nil }
        for relationship in OfficeXML.children(root) where OfficeXML.attribute(relationship, "Type")?.hasSuffix("/notesSlide") == true {
            if let target = OfficeXML.attribute(relationship, "Target") { return resolve(target, from: folder + "/") }
        }
        return nil
    }

    private static func targets(_ xml: OfficeXML) -> [String: String] {
        guard let root = xml.root else { return [:] }
        var result: [String: String] = [:]
        for relationship in OfficeXML.children(root) {
            if let id = OfficeXML.attribute(relationship, "Id"), let target = OfficeXML.attribute(relationship, "Target") { result[id] = target }
        }
        return result
    }

    /// A relationship's target, relative to `folder` (`../notesSlides/x.xml` from `ppt/slides/`).
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    private static func number(in path: String) -> Int {
        Int(path.split(separator: "/").last?.filter(\.isNumber) ?? "") ?? 0
    }
}
