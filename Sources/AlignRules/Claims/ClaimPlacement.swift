import AlignConfig
import AlignText

/// What a sentence's place in its document adds to its reading: a promise's `scope` (the
/// document's path, and words its block or context must name), its `not_about:` subjects named
/// by the block's context, the condition a value's context names when its clause names none, and
/// then what each value is compared with. Context words are read once per block, and only for
/// blocks with a value or a scoped promise in them.
struct ClaimPlacement {
    let document: AnalyzedDocument
    let promises: PromiseIndex
    private var stemmer: Stemmer?
    /// Per promise: whether this document's path is in its `scope.paths` (true when it has none);
    /// empty when no promise has a scope (nothing is excluded then).
    let inPaths: [Bool]
    /// Per block: the words of each context text, nearest first.
    private var contexts: [Int: [[Word]]] = [:]
    /// Per block: those words less the ones inside a value, which name no condition.
    private var conditionContexts: [Int: [[Word]]] = [:]
    /// Per context text (a heading is the context of every block under it): its words, and its
    /// words less those inside a value.
    private var wordsByText: [String: [Word]] = [:]
    private var conditionWordsByText: [String: [Word]] = [:]
    /// Per sentence: the promises its block's context and its block's earlier sentences name,
    /// built on the previous sentence's, so a long block is read once, not once per value.
    private var namedBefore: [Int: [Int]] = [:]
    /// Per block: how many of `namedBefore`'s promises its context names (they come first).
    private var contextNamedCount: [Int: Int] = [:]
    /// Per list item beside a labelled one: whether its text holds a figure (`tierLabel`).
    private var itemFigures: [Int: Bool] = [:]
    /// Per row header: the figures it writes (`isOtherValueRow`).
    private var rowFigures: [String: [Quantity]] = [:]
    /// The company a comparison page sets the organization against, if this is one.
    private let comparedCompany: ComparedCompany?
    /// The organization's name, the first word of `organization:` after an article: what a
    /// comparison table heads the organization's own column with ("AlmaLinux OS").
    private let organizationName: String?

    /// `organization`: expect.yml's `organization:` as lower-case words.
    init(document: AnalyzedDocument, promises: PromiseIndex, organization: [String], stemmer: Stemmer?) {
        self.document = document
        self.promises = promises
        self.stemmer = stemmer
        if promises.hasPlacementRules {
            let path = Glob.Path(document.path)
            inPaths = promises.entries.map { $0.scopePaths.isEmpty || $0.scopePaths.contains { $0.matches(path) } }
        } else {
            inPaths = []
        }
        comparedCompany = organization.isEmpty ? nil : ComparedCompany.other(
            in: document.titles, organization: organization, stemmer: stemmer ?? Stemmer())
        organizationName = organization.first { !ComparedCompany.articles.contains($0) }
    }

    mutating func place(_ reading: inout SentenceReading, sentence index: Int) {
        let sentence = document.sentences[index]
        let block = sentence.block
        // On a comparison page, the other company's figures state none of the organization's promises.
        if let compared = comparedCompany, compared.isAboutOther(sentence: sentence.words, context: context(of: block)) {
            reading.drop { _ in true }
            return
        }
        if isOtherProductColumn(block: block) {
            reading.drop { _ in true }
            return
        }
        // A version under a column of components is a component's: "Python 1.14.0" under "SDKs"
        // is the Python SDK's, not Python's, unless the promise itself speaks of SDKs.
        if reading.values.contains(where: { $0.read.quantity.dimension == .version }),
           let header = document.document.blocks[block].context.columnHeader, let kind = Self.componentKind(in: header) {
            let entries = promises.entries
            reading.values.removeAll { $0.read.quantity.dimension == .version && !entries[$0.promise].mentions(kind) }
        }
        func excluded(_ promise: Int) -> Bool {
            // A promise scoped away from this document's path named no topic here (`ClaimReader.read`).
            let entry = promises.entries[promise]
            if !entry.notAbout.isEmpty, context(of: block).contains(where: { ConditionWords.whenPhrase(in: $0[...], phrases: [entry.notAbout]) != nil }) {
                return true
            }
            if !entry.scopeContext.isEmpty, !nearbyWords(name: entry.scopeContext, sentence: index) { return true }
            return false
        }
        // A promise named only by a predicate ("approved") is about it where the paragraph or the
        // context names its subject ("voucher"), not in a paragraph about approving travel.
        let unanchored = reading.unanchored.filter { !namesSubject(of: $0, sentence: index) }
        if !unanchored.isEmpty { reading.drop { unanchored.contains($0) } }
        if promises.hasPlacementRules {
            var verdicts: [Int: Bool] = [:]
            reading.drop { promise in
                if let known = verdicts[promise] { return known }
                let verdict = excluded(promise)
                verdicts[promise] = verdict
                return verdict
            }
        }
        // "API checks have a maximum running time of 30 seconds, Browser checks 4 minutes": a
        // scope named only after a value, with a figure of its own, is that figure's.
        if promises.hasPlacementRules, !reading.values.isEmpty {
            reading.values.removeAll { value in
                let scope = promises.entries[value.promise].scopeContext
                guard !scope.isEmpty, !context(of: block).contains(where: { ConditionWords.whenPhrase(in: $0[...], phrases: [scope]) != nil })
                else { return false }
                return Self.isScopedBesideAnother(value.read.range, scope: scope, in: sentence)
            }
        }
        // "Select when to Delete Data: - Never to retain data forever": the options the reader
        // picks from, not what the company gives.
        if !reading.values.isEmpty, let parent = document.document.blocks[block].context.listParent, Self.offersChoice(parent) {
            reading.values.removeAll()
        }
        // A goal or target in a management plan is the plan's aim, not a promise stated or
        // hedged to a customer ("our goal is a 4-hour reply", "ideally within a day").
        if document.channel == .management, sentence.words.contains(where: { Self.goalWords.contains($0) }) {
            let entries = promises.entries
            reading.values.removeAll { !entries[$0.promise].isAboutGoals }
            reading.hedges.removeAll { !entries[$0.promise].isAboutGoals }
        }
        // To staff, "should" instructs: "tickets should be answered within 24 hours".
        if document.channel != .customer, reading.hedges.contains(where: { Self.instructions.contains($0.phrase) }) {
            reading.hedges.removeAll { Self.instructions.contains($0.phrase) }
        }
        for position in reading.values.indices {
            let before = reading.values[position].promise
            reassignToSpecific(&reading.values[position], sentence: index)
            let value = reading.values[position]
            if value.promise != before, let stated = reading.stated.firstIndex(where: { $0.promise == before && $0.range == value.read.range }) {
                reading.stated[stated].promise = value.promise
            }
        }
        for position in reading.values.indices {
            var value = reading.values[position]
            // The entry is read in place, not copied out: a copy retains each of its arrays.
            let promises = self.promises
            let promise = value.promise
            // "| EUR | $13.00 |" beside "| USD | $10.00 |" where expect.yml gives USD's only.
            var isOtherCondition = value.condition == nil && (isOtherConditionRow(block: block, promise: promise) || isOtherValueRow(block: block, promise: promise))
                || isLesserTopicColumn(block: block, promise: promise)
            if value.condition == nil {
                value.condition = conditionContext(of: block).lazy.compactMap { words in
                    // The promise's own topic names no condition: a heading "Team plan" over the team plan's seats.
                    let own = promises.topicMatches(in: words).filter { $0.promise == promise }.map(\.words)
                    let rest = own.isEmpty ? words : words.indices.filter { index in !own.contains { $0.contains(index) } }.map { words[$0] }
                    return promises.entries[promise].condition(in: rest[...], whole: true)
                }.first
            }
            // An item of a list of cases ("**Turbo:** … $30 …", "**Lightspeed:** … $205 …") says its
            // case's figure: compared only with a value expect.yml gives for that case.
            if value.condition?.when == nil, let label = tierLabel(of: block, promise: promise) {
                if value.condition == nil { value.condition = ClaimCondition(key: label) }
                isOtherCondition = true
            }
            value.expected = promises.entries[promise].canonicals(for: value.condition)
            if promises.entries[promise].isValueless {
                value.agrees = nil
            } else if isOtherCondition {
                value.agrees = nil
            } else if value.expected.isEmpty {
                // A condition expect.yml gives no value for: not compared.
                value.agrees = nil
            } else if value.condition == nil, value.expected.count > 1, Self.speaksForEveryone(sentence.words) {
                value.agrees = Self.holdsForEveryone(value.read.quantity, under: value.expected)
                // The report names the conditions it is false for.
                if value.agrees == false { value.expected.removeAll { value.read.quantity.agrees(with: $0.quantity) } }
            } else {
                value.agrees = value.expected.contains { value.read.quantity.agrees(with: $0.quantity) }
                    || value.condition == nil && Self.spansConditions(value.read.quantity, values: value.expected)
                    || promises.entries[promise].isOtherWording(value.read.quantity)
                // Only a size or count can state a smaller limit: the values it agrees with are
                // found again only for one.
                if value.agrees == true, value.read.quantity.dimension == .count,
                   Self.statesLowerLimit(value.read, than: value.expected.filter { value.read.quantity.agrees(with: $0.quantity) }, in: sentence.words) {
                    value.agrees = false
                }
            }
            reading.values[position] = value
        }
    }

    /// Whether a value states a smaller limit than the one promised: a size or count under a
    /// ceiling keeps it ("a 5 GB database"), but said as the limit ("the task queue reaches its
    /// limit (about 10GiB)", "up to 512MB") against "a maximum of 20GiB" it gives the customer
    /// less. Durations and money under a ceiling keep their promise ("within 4 hours").
    /// `limits` are the values of expect.yml the claim is under.
    static func statesLowerLimit(_ value: ReadQuantity, than limits: [PromiseIndex.Canonical], in words: [Word]) -> Bool {
        let read = value.quantity
        guard read.dimension == .count, !limits.isEmpty,
              limits.allSatisfy({ $0.quantity.bound == .atMost && $0.quantity.dimension == .count && read.high < $0.quantity.high * (1 - 1e-9) })
        else { return false }
        if read.bound == .atMost { return true }
        let before = words.prefix { $0.range.lowerBound < value.range.lowerBound }.suffix(limitWindow)
        return before.contains { ClaimReader.limitWords.contains($0) }
    }

    static let limitWindow = 6

    /// Words that make a sentence speak for everyone: "All notifications sent with Knock are
    /// logged for 90 days", "every plan", "storing all messages".
    static let everyoneWords: WordSet = ["all", "every", "everyone", "everybody"]

    /// Whether `words` say the value holds for everyone: one of `everyoneWords`, not after "not"
    /// ("not all plans").
    static func speaksForEveryone(_ words: [Word]) -> Bool {
        words.indices.contains { index in
            everyoneWords.contains(words[index]) && (index == 0 || words[index - 1].lowercased != "not")
        }
    }

    /// Whether a claim that names no condition but speaks for everyone keeps a promise whose value
    /// differs by condition (`values:` with no `value:`): it must hold under every condition ("All
    /// notifications are logged for 90 days" is false for the plans that keep 30), unless it is
    /// written as the range's end: the highest ceiling ("up to 365 days"), the lowest floor.
    static func holdsForEveryone(_ claim: Quantity, under values: [PromiseIndex.Canonical]) -> Bool {
        if values.allSatisfy({ claim.agrees(with: $0.quantity) }) { return true }
        switch claim.bound {
        case .atMost:
            let highest = values.max { $0.quantity.high < $1.quantity.high }
            return highest.map { claim.agrees(with: $0.quantity) } ?? false
        case .atLeast:
            let lowest = values.min { $0.quantity.low < $1.quantity.low }
            return lowest.map { claim.agrees(with: $0.quantity) } ?? false
        case .exact:
            return false
        }
    }

    /// Whether a range that names no condition runs from one condition's value to another's:
    /// "(50-100 kB depending on tier)" against 50 kB for Standard and 100 kB for Active Archive
    /// gives both, not a third figure.
    static func spansConditions(_ claim: Quantity, values: [PromiseIndex.Canonical]) -> Bool {
        guard claim.low < claim.high, values.count > 1 else { return false }
        func isValue(_ end: Double) -> Bool {
            var point = claim
            (point.low, point.high, point.bound) = (end, end, .exact)
            return values.contains { canonical in
                var value = canonical.quantity
                value.bound = .exact
                return value.low == value.high && point.agrees(with: value)
            }
        }
        return isValue(claim.low) && isValue(claim.high)
    }

    /// Whether the scope phrases `scope` are named in `sentence` only after the value at
    /// `value`, the first of them followed at once by a figure of its own: the elliptical "API
    /// checks … 30 seconds, Browser checks 4 minutes" scopes the second value, not the first.
    static func isScopedBesideAnother(_ value: Range<Int>, scope: [[String]], in sentence: Sentence) -> Bool {
        let words = sentence.words
        guard let named = ConditionWords.firstPhrase(in: words[...], phrases: scope),
              words[named.lowerBound].range.lowerBound >= value.upperBound else { return false }
        let end = words[named.upperBound - 1].range.upperBound - sentence.range.lowerBound
        let after = Array(sentence.text.utf8.dropFirst(end).prefix(3))
        return after.first == 0x20 && after.dropFirst().first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// Hedges that, outside the customer channel, are instructions to the reader.
    static let instructions: Set<String> = ["should be", "we should"]
    static let goalWords: WordSet = ["goal", "goals", "target", "targets", "aim", "aims", "objective", "objectives", "ideally", "okr", "okrs", "kpi"]

    /// Within a paragraph or section the most specific promise wins: a value that a generic
    /// topic word ("respond") gave to a promise it disagrees with goes to the promise that the
    /// block's context or its earlier sentences name ("## Compromised accounts"), when it agrees
    /// with that one. A value that agrees with neither stays where it was.
    private mutating func reassignToSpecific(_ value: inout SentenceReading.Value, sentence index: Int) {
        guard promises.agreesWithAny(value.promise, value.read.quantity) == false else { return }
        let named = promisesNamed(before: index)
        let read = value.read
        if let other = named.first(where: { $0 != value.promise && promises.accepts($0, read) && promises.agreesWithAny($0, read.quantity) == true }) {
            value.promise = other
        }
    }

    /// Whether a list's parent asks the reader to choose one of its items: "Select when to
    /// **Delete Data**:", "Choose a plan:".
    static func offersChoice(_ parent: String) -> Bool {
        let first = parent.utf8.prefix { $0 != 0x20 }
        return choiceVerbs.contains { $0.utf8.elementsEqual(first.map { $0 | 0x20 }) } && parent.utf8.last == UInt8(ascii: ":")
    }

    static let choiceVerbs = ["select", "choose", "pick"]

    /// Whether block `block` is a table cell whose row header names a condition of `promise` that
    /// expect.yml does not know: the promise's value differs by condition (`values:` and no
    /// `value:`), and the header names neither one of them nor the promise's topic. In a table of
    /// minimums by currency where expect.yml gives the USD row, the EUR row is EUR's, even under a
    /// column "Minimum Balance (USD)"; the row of another machine is that machine's.
    private mutating func isOtherConditionRow(block: Int, promise: Int) -> Bool {
        // The entry and the block are read in place: a copy retains each of their arrays.
        guard promises.entries[promise].value == nil, !promises.entries[promise].conditionValues.isEmpty,
              document.document.blocks[block].context.rowHeader != nil else { return false }
        let words = conditionContext(of: block)[document.document.blocks[block].context.label == nil ? 0 : 1]
        return !words.isEmpty && !promises.topicMatches(in: words).contains { $0.promise == promise }
            && promises.entries[promise].condition(in: words[...], whole: true) == nil
    }

    /// Whether table cell `block` is in a row headed by a figure the promise's statement does not
    /// write: PyCon UK's ticket table heads its rows "1 day" to "5 days", and the Education rate
    /// of "2 days" is not the Saturday's £18. Each row is the price of its own count of days. (A
    /// promise with `values:` is told its cases by their `when:` words.)
    private mutating func isOtherValueRow(block: Int, promise: Int) -> Bool {
        guard promises.entries[promise].conditionValues.isEmpty, let header = document.document.blocks[block].context.rowHeader else { return false }
        if rowFigures[header] == nil { rowFigures[header] = QuantityReader.quantities(in: header).map(\.quantity) }
        guard let row = rowFigures[header], !row.isEmpty else { return false }
        let statement = promises.entries[promise].statementValues
        return !row.contains { figure in statement.contains { figure.agrees(with: $0) } }
    }

    /// The label of list item `block`, lower-cased, when it names a case of its own: the items
    /// around it open with other labels and one of them gives `promise` a figure too ("**Turbo:**
    /// … $30 auto-reload monthly spending limit" beside "**Lightspeed:** … $205 …"). Each figure is
    /// said under its label, as under a tier's heading. A label that names the promise's topic
    /// names the field, not a case ("**Response time:** 4 hours"), and items that name the promise
    /// with no figure are things of their own ("**Master key:** … generates the default API keys").
    /// A list inside a table cell takes its cases from the table's headers, as the cell does.
    private mutating func tierLabel(of block: Int, promise: Int) -> String? {
        let blocks = document.document.blocks
        let item = blocks[block]
        guard item.kind == .listItem, item.context.rowHeader == nil, item.context.columnHeader == nil, let label = item.context.label,
              !promises.topicMatches(in: words(of: label)).contains(where: { $0.promise == promise }) else { return nil }
        let items = neighbours(of: block) { other in
            let candidate = blocks[other].context
            return blocks[other].kind == .listItem && candidate.label != nil && candidate.listParent == item.context.listParent
                && candidate.headings == item.context.headings
        }
        for other in items where other != block && blocks[other].context.label != label {
            guard promises.topicMatches(in: words(of: blocks[other].text)).contains(where: { $0.promise == promise }) else { continue }
            if itemFigures[other] == nil { itemFigures[other] = !QuantityReader.quantities(in: blocks[other].text).isEmpty }
            if itemFigures[other] == true { return label.lowercased() }
        }
        return nil
    }

    /// Whether block `block` is a table cell whose column header names `promise`'s topic in fewer
    /// words than another column of its row does: under "All Star Membership Rate" beside
    /// "Standard Membership Rate", for a promise whose topics are "membership rate" and "standard
    /// membership", the All Star figure is another membership's.
    private mutating func isLesserTopicColumn(block: Int, promise: Int) -> Bool {
        guard let header = document.document.blocks[block].context.columnHeader else { return false }
        let own = topicWordCount(header, of: promise)
        guard own > 0 else { return false }
        return otherColumnHeaders(of: block).contains { topicWordCount($0, of: promise) > own }
    }

    /// The kinds of component a table column lists, singular: each cell names one by its
    /// product ("Python 1.14.0" in "SDKs", "PostgreSQL 42.7" in "Drivers").
    static let componentKinds: [String: String] = [
        "sdk": "sdk", "sdks": "sdk", "library": "library", "libraries": "library", "client": "client", "clients": "client",
        "driver": "driver", "drivers": "driver", "plugin": "plugin", "plugins": "plugin", "extension": "extension",
        "extensions": "extension", "binding": "binding", "bindings": "binding", "connector": "connector", "connectors": "connector",
    ]

    /// The component kind a column header names ("SDKs": "sdk"), or nil.
    static func componentKind(in header: String) -> String? {
        header.lowercased().split { !$0.isLetter }.lazy.compactMap { componentKinds[String($0)] }.first
    }

    /// Whether block `block` is a cell of a comparison table, under another product's column: a
    /// column beside it is headed by the organization's name ("| Lifecycle | 10 Years | 5.5 Years
    /// |" under "| | AlmaLinux OS | CentOS Stream |") and its own is not.
    private mutating func isOtherProductColumn(block: Int) -> Bool {
        guard let name = organizationName, let header = document.document.blocks[block].context.columnHeader else { return false }
        func namesOrganization(_ text: String) -> Bool { words(of: text).contains { $0.lowercased == name } }
        return !namesOrganization(header) && otherColumnHeaders(of: block).contains(where: namesOrganization)
    }

    /// The column headers of the other cells in the row of the cell `block`, in the same section.
    private func otherColumnHeaders(of block: Int) -> [String] {
        let blocks = document.document.blocks
        let cell = blocks[block].context
        guard cell.columnHeader != nil, let row = cell.rowHeader else { return [] }
        let cells = neighbours(of: block) { other in
            let context = blocks[other].context
            return context.rowHeader == row && context.headings == cell.headings && context.columnHeader != nil
        }
        return cells.filter { $0 != block }.compactMap { blocks[$0].context.columnHeader }
    }

    /// The blocks around `block` that `belongs` takes for its own run, with it: the cells of its
    /// row, the items of its list. `belongs` is asked outwards from `block` until it says no.
    private func neighbours(of block: Int, where belongs: (Int) -> Bool) -> Range<Int> {
        var first = block
        while first > 0, belongs(first - 1) { first -= 1 }
        var end = block + 1
        while end < document.document.blocks.count, belongs(end) { end += 1 }
        return first..<end
    }

    /// How many words of `text` the topics of `promise` cover.
    private mutating func topicWordCount(_ text: String, of promise: Int) -> Int {
        let words = words(of: text)
        var covered = Set<Int>()
        for match in promises.topicMatches(in: words) where match.promise == promise { covered.formUnion(match.words) }
        return covered.count
    }

    /// The promises named by sentence `index`'s block context, nearest first, then by the earlier
    /// sentences of its block from the nearest back.
    private mutating func promisesNamed(before index: Int) -> [Int] {
        if let known = namedBefore[index] { return known }
        let block = document.sentences[index].block
        // Back to the block's first sentence or the nearest one already read, then forward: a
        // block of thousands of sentences is read in one pass, with no recursion.
        var start = index
        while start > 0, document.sentences[start - 1].block == block, namedBefore[start] == nil { start -= 1 }
        var named: [Int]
        if let known = namedBefore[start] {
            named = known
        } else {
            named = []
            for words in context(of: block) { named += promises.topicMatches(in: words).map(\.promise) }
            contextNamedCount[block] = named.count
            namedBefore[start] = named
        }
        let contextCount = contextNamedCount[block] ?? 0
        for next in (start + 1)...max(start + 1, index) where next <= index {
            let nearest = promises.topicMatches(in: document.sentences[next - 1].words).map(\.promise)
            named = Array(named[..<contextCount]) + nearest + named[contextCount...]
            namedBefore[next] = named
        }
        return named
    }

    /// The promises the table cell holding sentence `index` has headers name (the nearer first),
    /// in their order, or that the heading over a paragraph holding a figure alone names. Only
    /// these say what a bare figure is about: in a sentence under a heading, a list or a label the
    /// figures of real pages are as often about something else. A header that
    /// names a promise only by a predicate (a column "Credits" for a trial's credits) names it
    /// where the cell, its paragraph or its context names the subject.
    mutating func contextTopics(ofSentence index: Int) -> [Int] {
        let block = document.sentences[index].block
        let blockContext = document.document.blocks[block].context
        // `nearestFirst` puts the label first, then the row and column headers, the list parent
        // and the headings from the innermost.
        let first = blockContext.label == nil ? 0 : 1
        let headers: Range<Int>
        if blockContext.rowHeader != nil || blockContext.columnHeader != nil {
            headers = first..<(first + (blockContext.rowHeader == nil ? 0 : 1) + (blockContext.columnHeader == nil ? 0 : 1))
        } else if !blockContext.headings.isEmpty, blockContext.label == nil, blockContext.listParent == nil,
                  Self.isFigureAlone(document.document.blocks[block].text) {
            // "## Timeout" over a paragraph "14 seconds": a figure alone is its heading's, as a cell is its header's.
            headers = 0..<1
        } else {
            return []
        }
        for words in context(of: block)[headers] {
            let matches = promises.topicMatches(in: words).filter { !promises.isAggregate($0, in: words) }
            var named = matches.map(\.promise)
            let unanchored = promises.namedOnlyByPredicates(matches.map { ($0.promise, words[$0.words].map(\.stem)) }, in: words[...])
            named.removeAll { unanchored.contains($0) && !namesSubject(of: $0, sentence: index) || !inPaths.isEmpty && !inPaths[$0] }
            if !named.isEmpty { return named }
        }
        return []
    }

    /// Whether a block's text is one figure and nothing else but punctuation ("14 seconds").
    static func isFigureAlone(_ text: String) -> Bool {
        guard text.utf8.count <= 40, text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return false }
        let found = QuantityReader.quantities(in: text)
        guard found.count == 1 else { return false }
        let bytes = Array(text.utf8)
        let outside = bytes[..<found[0].range.lowerBound] + bytes[found[0].range.upperBound...]
        return outside.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x2E || $0 == 0x2A || $0 == 0x60 }
    }

    /// Whether sentence `index`'s paragraph or context names promise `promise`'s subject, or its
    /// context names what qualifies the generic word the sentence uses (see `PromiseSubject`).
    private mutating func namesSubject(of promise: Int, sentence index: Int) -> Bool {
        let subject = promises.subjects[promise]
        if nearbyWords(name: subject.phrases, sentence: index) { return true }
        guard !subject.qualifiers.isEmpty else { return false }
        return context(of: document.sentences[index].block).contains { ConditionWords.whenPhrase(in: $0[...], phrases: [subject.qualifiers]) != nil }
    }

    /// Whether sentence `index`'s paragraph or its block's context names one of `phrases` (stems):
    /// a promise's `scope.context`, or its subject.
    private mutating func nearbyWords(name phrases: [[String]], sentence index: Int) -> Bool {
        blockWords(of: index).contains { ConditionWords.whenPhrase(in: $0, phrases: [phrases]) != nil }
            || context(of: document.sentences[index].block).contains { ConditionWords.whenPhrase(in: $0[...], phrases: [phrases]) != nil }
    }

    /// The words of block `block`'s context texts that can name a condition: a number inside a
    /// value names none, as in a clause ("5" of a row headed "5 days" is not the tier `when: ["5"]`).
    private mutating func conditionContext(of block: Int) -> [[Word]] {
        if let known = conditionContexts[block] { return known }
        let texts = document.document.blocks[block].context.nearestFirst
        let words = zip(texts, context(of: block)).map { text, words in
            guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return words }
            if let known = conditionWordsByText[text] { return known }
            let values = QuantityReader.quantities(in: text).map(\.range)
            let kept = words.filter { word in !values.contains { $0.contains(word.range.lowerBound) } }
            conditionWordsByText[text] = kept
            return kept
        }
        conditionContexts[block] = words
        return words
    }

    /// The words of every context text of block `block`, nearest first.
    private mutating func context(of block: Int) -> [[Word]] {
        if let known = contexts[block] { return known }
        let texts = document.document.blocks[block].context.nearestFirst
        var words: [[Word]] = []
        if !texts.isEmpty {
            words.reserveCapacity(texts.count)
            // The blocks of a section share its headings: each text is read once per document.
            for text in texts { words.append(self.words(of: text)) }
        }
        contexts[block] = words
        return words
    }

    /// The words of a context text, read once per document.
    private mutating func words(of text: String) -> [Word] {
        if let known = wordsByText[text] { return known }
        let stemmer = self.stemmer ?? Stemmer()
        self.stemmer = stemmer
        let read = WordScanner.words(in: text, range: 0..<text.utf8.count, stemmer: stemmer)
        wordsByText[text] = read
        return read
    }

    /// The words of every sentence of the block holding sentence `index`: its paragraph.
    private func blockWords(of index: Int) -> [ArraySlice<Word>] {
        let sentences = document.sentences
        let block = sentences[index].block
        var first = index
        while first > 0, sentences[first - 1].block == block { first -= 1 }
        var last = index
        while last + 1 < sentences.count, sentences[last + 1].block == block { last += 1 }
        return sentences[first...last].map { $0.words[...] }
    }
}
