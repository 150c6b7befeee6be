#!/usr/bin/env python3
"""Writes ../PLANTED.md from the list below, finding every line and column in the files
themselves so the oracle cannot drift from the corpus. Run it after editing any document:

    python3 corpus/tools/planted.py          # rewrite PLANTED.md
    python3 corpus/tools/planted.py --check  # fail if PLANTED.md is out of date

Each spot is (file, anchor, target): `anchor` must occur on exactly one line of the file,
`target` is the text on that line the finding points at (default: the anchor). Columns are
1-based and counted in Unicode scalars of the decoded line."""
import os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENCODING = {"emails/spring-sale-members.eml": "cp1252"}

# (file, anchor, target, rule, why). target None = anchor; anchor None = document level (1:1).
FINDINGS = [
    ("expect.yml", "- id: price-match", "price-match", "promise-missing",
     "price-match is required_in management, but no plan mentions price matching (reported at the promise's id)"),
    ("site/about.html", "best-in-class gear", "best-in-class", "recommended/vague-superlative",
     "footer boilerplate on every site page: reported once per corpus, at the first page in path order"),
    ("site/about.html", "our shoppers tell us", "shoppers", "terminology",
     "use customer, not shopper (warning by align.yml); an &rsquo; entity earlier on the line counts 7 columns"),
    ("site/contact.html", "us will usually reply", "usually", "promise-hedged",
     "firm reply-time promise hedged; the sentence wraps, the hedge is on its second source line"),
    ("site/contact.html", "we respond within 48 hours", "48 hours", "claim-conflict", "reply-time 48 hours in a table cell; canonical 24 hours"),
    ("site/faq.md", "return anything within 30 days", "30 days", "claim-conflict", "free-returns 30 days; canonical 60 days"),
    ("site/content/help-centre.json", "within 45 days of delivery", "45 days", "claim-conflict",
     "a JSON content file listed under `data:`: the string value at articles > body says 45 days; canonical 60 days"),
    ("site/index.html", "in our unbeatable storm shells", "unbeatable", "recommended/vague-superlative", "superlative in img alt text"),
    ("site/landing/camp-kitchen.html", "industry-leading guide", "industry-leading", "recommended/vague-superlative", "superlative on a landing page"),
    ("site/landing/camp-kitchen.html", "First order only:", "First order only", "loyalty/new-customer-only", "offer excludes existing customers"),
    ("site/landing/spring-trail-sale.html", "New customers only.</p>", "New customers only", "loyalty/new-customer-only", "offer excludes existing customers"),
    ("site/landing/spring-trail-sale.html", "free insulated bottle", "free", "audience-parity",
     "a gift (free bottle) for prospects; no email to existing customers offers any gift (their discounts and free shipping have counterparts)"),
    ("site/landing/spring-trail-sale.html", "&mdash; unbeatable prices", "unbeatable", "recommended/vague-superlative",
     "superlative after an &mdash; entity: the column counts the entity's 7 source characters"),
    ("site/landing/spring-trail-sale.html", "orders over&nbsp;$50", "$50", "claim-conflict",
     "free-shipping threshold $50 (after an &nbsp; entity); canonical $75"),
    ("site/price-match.html", "In most cases we match the price", "In most cases", "promise-hedged", "firm price-match promise hedged (no value stated)"),
    ("emails/we-miss-you.eml", "we'll usually have it back", "usually", "promise-hedged",
     "firm repair-turnaround promise hedged in an email (its 10 days agrees with the majority, see the claim-drift below)"),
    ("emails/field-notes-2026.mbox", "now ready in 4 hours", "4 hours", "claim-drift",
     "store-pickup has no canonical value: the site and the FAQ say 2 hours, mbox message 1 says 4 hours"),
    ("site/landing/spring-trail-sale.html", "only 3 left", "only 3 left", "avoid-phrase", "matches the avoid `pattern:` (countdown stock warning)"),
    ("site/returns.html", "Free returns within 30 days, unopened", "30 days", "claim-conflict", "free-returns 30 days in a table cell; canonical 60 days"),
    ("site/shipping.html", "Delivery dates may vary", "may vary", "recommended/hedge", "hedge not tied to a promise"),
    ("site/shipping.html", "we apologize for any inconvenience", None, "avoid-phrase", "avoid phrase in the customer channel"),
    ("site/size-guide.htm", None, None, "input-unreadable", "a zipped spreadsheet saved with an .htm name: binary with NUL bytes"),
    ("site/trail-club.html", "<b>loyalty</b> program", "loyalty", "terminology",
     "`loyalty program` across inline <b> markup; use Trail Club (warning by align.yml)"),
    ("site/trail-club.html", "but points expire after", "points expire", "loyalty/points-expiry",
     "after curly apostrophes and a literal em dash on the same line (one scalar each)"),
    ("emails/field-notes-2026.mbox", "Hello there,", None, "impersonal-greeting", "mbox message 1 greets no one"),
    ("emails/field-notes-2026.mbox", "second to none", None, "recommended/vague-superlative", "mbox message 2"),
    ("emails/order-shipped.eml", "sent from an unmonitored address", "unmonitored address", "loyalty/listening",
     "a closed door: sent from an `unmonitored address`, `Please do not reply to this message`, and no other way to answer (a negated reply must not count as one); the finding points at the first closed door"),
    ("emails/return-received.eml", "Your return for order HP-482913", "Your", "loyalty/greet-by-name",
     "no salutation: the body starts straight with content (finding at the first body line)"),
    ("emails/return-received.eml", "within 10 business days", "10 business days", "claim-conflict", "refund-time 10 business days; canonical 5 business days"),
    ("emails/spring-sale-members.eml", "Dear Valued Customer,", "Dear Valued Customer", "impersonal-greeting", "Windows-1252 message; greets no one"),
    ("emails/spring-sale-members.eml", "range is world-class", "world-class", "recommended/vague-superlative",
     "Windows-1252: the curly apostrophe before it is one byte (0x92) and one scalar"),
    ("emails/trail-club-welcome.eml", "Hi Maya,", "^", "loyalty/points-expiry",
     "`use it or lose it`, in the quoted-printable text/plain part: a decoded part's position is its first body line (line 16), as DESIGN.md allows; the base64 HTML alternative says the same and must not add a second finding"),
    ("emails/templates/gear-care-tips.html", "<p>Hi there,</p>", "Hi there", "impersonal-greeting",
     "an HTML email template (under emails/, with a preheader and role=\"presentation\" tables) is an email: it greets no one"),
    ("emails/we-miss-you.eml", "[Segment: churn risk", "churn risk", "recommended/internal-jargon", "a template note leaked into a customer email"),
    ("scripts/sales/inbound-first-call.txt", "within 30 days of buying it", "30 days", "claim-conflict", "agent: price-match 30 days; canonical 14 days"),
    ("scripts/sales/trail-club-upgrade.txt", "most regular buyers", "buyers", "terminology", "agent says buyers (employee channel is in scope)"),
    ("scripts/support/returns-call.txt", "usually shows up within 10 business days", "10 business days", "claim-conflict",
     "agent: refund-time 10 business days (its `usually` is not flagged: promise-hedged is scoped to customer in align.yml)"),
    ("playbooks/repairs.md", "repairs take three weeks", "three weeks", "claim-drift",
     "repair-turnaround has no canonical value: six documents say 10 days (see below), this one says three weeks"),
    ("playbooks/returns-and-refunds.md", "within 7-10 business days", "7-10 business days", "claim-conflict", "refund-time range 7-10 business days lies outside 5 business days"),
    ("playbooks/returns-and-refunds.md", "returned within 45 days", "45 days", "claim-conflict", "free-returns 45 days; canonical 60 days"),
    ("plans/care-plan-2027.docx", "free returns within 45 days", "45 days", "claim-conflict",
     "a Word document: line = paragraph 7 (the Title and headings count), column = scalar offset in it; free-returns 45 days, canonical 60"),
    ("scripts/sales/trail-club-teams.pptx", "We match the price for 30 days", "30 days", "claim-conflict",
     "a PowerPoint deck: line = slide 2, column = offset in the slide's text (title, then bullets, one space apart); price-match 30 days, canonical 14"),
    ("playbooks/returns-and-refunds.md", "returns are accepted within 30 days per our policy", "30 days", "claim-conflict",
     "a retired canned reply kept in a `text` fence is still read (markdown.code_blocks: auto reads a fence of sentences): 30 days; canonical 60 days"),
    ("playbooks/returns-and-refunds.md", "returns are accepted within 30 days per our policy", "per our policy", "avoid-phrase", "the same retired canned reply"),
    ("playbooks/macros.md", "7 business days, and we will email you", "7 business days", "claim-conflict",
     "a canned reply in a fence with no language: refund-time 7 business days; canonical 5 business days"),
    ("playbooks/macros.md", "30 days of buying it: send us the link", "30 days", "claim-conflict",
     "a canned reply in a blockquote: price-match 30 days; canonical 14 days (the sentence wraps: the value is on the quote's second line)"),
    ("plans/support-staffing-2027.md", "| Phone  | 24 hours    | 8 business days |", "8 business days", "claim-conflict",
     "a GFM table: only the Phone row's refund time (column `Refund sent`) conflicts with 5 business days; the other rows agree"),
    ("site/content/banners.yml", "Free shipping on orders over $60", "$60", "claim-conflict",
     "a YAML content file listed under `data:`: the string at banners > headline; canonical $75"),
    ("site/help/trail-club.mdx", "we reply to members within 12 hours", "12 hours", "claim-conflict",
     "an MDX component's children (`<Callout>`) are read: reply-time 12 hours; canonical 24 hours"),
    ("site/stores.md", "leave our warehouse within 2 business days", "2 business days", "claim-conflict",
     "a page with Liquid and Hugo markup around the text: dispatch-time 2 business days; canonical 1 business day"),
    ("playbooks/support-tone.md", "<!-- align-disable-next-line avoid-phrase -->", "<!--", "unused-suppression", "the next line has no avoid phrase (info)"),
    ("playbooks/support-tone.md", "When a shopper asks", "shopper", "terminology", "employee channel is in scope (warning by align.yml)"),
    ("plans/board-update-q4.html", "sc-frame", "^", "input-truncated",
     "300 nested <div>s on one line: libxml2 stops at depth 256; libxml2 reports lines, not columns, so the finding is at the line's start"),
    ("plans/support-staffing-2027.md", "within 48 hours", "48 hours", "claim-conflict", "management resources replies in 48 hours against the 24-hour promise"),
    ("plans/support-staffing-2027.md", "slip to 72 hours", "72 hours", "claim-conflict", "reply-time (topic `response time`) 72 hours"),
    ("plans/trail-club-strategy-2027.md", "Loyalty, for this plan", "Loyalty", "loyalty/bribery-framing",
     "talks about loyalty only as points, bonus points and miles; never service or experience"),
]

# Claims that agree with each other: the other side of a claim-drift finding, not findings.
DRIFT_RELATED = [
    ("repair-turnaround", "site/repairs.html", "Repairs take 10 days", "10 days"),
    ("repair-turnaround", "site/trail-club.html", "back with you in 10 days", "10 days"),
    ("repair-turnaround", "site/faq.md", "Repairs take ten days", "ten days"),
    ("repair-turnaround", "emails/we-miss-you.eml", "usually have it back to you within 10 days", "10 days"),
    ("repair-turnaround", "scripts/sales/trail-club-upgrade.txt", "repairs come back within 10 days", "10 days"),
    ("repair-turnaround", "playbooks/trail-club-for-staff.md", "repairs come back within 10 days", "10 days"),
    ("store-pickup", "site/shipping.html", "your order is ready in 2 hours", "2 hours"),
    ("store-pickup", "site/faq.md", "ready in 2 hours", "2 hours"),
]

# Suppressions that must silence the finding on their next line (and so are not unused).
SUPPRESSED = [
    ("site/trail-club.html", "is world-class", "world-class", "recommended/vague-superlative", "`<!-- align-disable-next-line -->` in HTML"),
    ("site/faq.md", "subject to availability", None, "recommended/hedge", "`<!-- align-disable-next-line -->` in Markdown"),
    ("playbooks/returns-and-refunds.md", "Trade clients", "clients", "terminology", "`<!-- align-disable-next-line -->` in a Markdown list"),
    ("scripts/support/returns-call.txt", "Per our policy", None, "avoid-phrase", "`# align-disable-next-line` in a script"),
    ("emails/privacy-notice-2026.eml", "Dear customer,", "Dear customer", "impersonal-greeting", "`X-Align-Disable:` header"),
]

# Look-alikes: (file, anchor, target, why). Nothing may be reported there.
QUIET = [
    ("site/index.html", '"Unbeatable prices. Points expire soon!"', "Unbeatable", "inside <style>"),
    ("site/index.html", 'content: "Only 2 left"', "Only 2 left", "inside <style> (would match the avoid pattern)"),
    ("site/index.html", "Returns within 30 days. New customers only.", "30 days", "inside <script>"),
    ("site/index.html", "Refunds take 10 business days", "10 business days", "inside <script> (also `churn risk` there)"),
    ("site/index.html", "outfitting hikers, paddlers and campers since 2004", "since 2004", "history"),
    ("site/index.html", "orders arrive in 3&ndash;5 business days", "3&ndash;5 business days", "a delivery time in a free-shipping sentence ($75 agrees; the duration is about something else)"),
    ("site/index.html", "Returns are free for sixty days", "sixty days", "equal value in words"),
    ("site/index.html", "get back to you within a day", "a day", "`a day` equals 24 hours"),
    ("site/index.html", "open 7 days a week", "7 days a week", "frequency"),
    ("site/landing/spring-trail-sale.html", 'audience: "new customers only"', "new customers only", "inside <script>"),
    ("site/landing/spring-trail-sale.html", "20% off your first order with code", "20% off", "a discount for prospects with a counterpart for existing customers (15% and 20% off in emails): no audience-parity"),
    ("site/landing/camp-kitchen.html", 'content: "world-class"', "world-class", "inside <style>"),
    ("site/landing/camp-kitchen.html", "We reply to stove questions 7 days a week", "7 days a week", "frequency on the reply-time topic"),
    ("site/contact.html", "7&nbsp;days a week, from 8&nbsp;am", "7&nbsp;days a week", "frequency (with &nbsp; entities)"),
    ("site/contact.html", "A reply within 24 hours, weekends included", "24 hours", "agrees"),
    ("site/contact.html", "gave out on day two", "day two", "`day two` is a day's name, not a duration (the sentence's 24 hours agrees)"),
    ("site/contact.html", "on average in under 3 minutes", "3 minutes", "phone wait time, no promise topic"),
    ("site/returns.html", "can be returned until January 31", "January 31", "dates, not a duration"),
    ("site/returns.html", "free returns for 60 days, and your money back within 5 business days", "5 business days", "two promises in one sentence, each value with its own topic"),
    ("site/shipping.html", "usually leave our warehouse the next business day", "usually", "hedge on a `soft` promise (dispatch-time): not flagged by any rule"),
    ("site/shipping.html", "Order before December 18", "December 18", "a date in a free-shipping sentence"),
    ("site/shipping.html", "Below that, standard delivery is a flat $6.95", "$6.95", "a price in the sentence after the threshold sentence"),
    ("site/repairs.html", "visits each store three times a year", "three times a year", "frequency on the repair topic"),
    ("site/repairs.html", "mending gear for 20 years", "20 years", "history on the repair topic"),
    ("site/price-match.html", "for two weeks after you buy", "two weeks", "meta description: `two weeks` equals 14 days"),
    ("site/price-match.html", "price match for two weeks after delivery", "two weeks", "equal value in words"),
    ("site/faq.md", "returns open until 1 Jan 2027 (30 days)", "30 days", "inside a fenced code block"),
    ("site/drafts/holiday-returns-2027.html", "within 14 days", "14 days", "ignored drafts folder (the whole page is drift: new customers only, use it or lose it, client, 72 hours)"),
    ("emails/trail-club-welcome.eml", "e returns for 6=", "6=", "quoted-printable soft line break inside `60`: decodes to `60 days`, which agrees"),
    ("emails/trail-club-welcome.eml", "Questions about your memb=", "memb=", "soft line break inside a word"),
    ("emails/spring-sale-members.eml", "Thank you for being part of Trail Club", "Thank you", "a thank-you with a sale attached (does not satisfy loyalty/thank-existing)"),
    ("emails/spring-sale-members.eml", "returns are free for sixty days", "sixty days", "equal value in words"),
    ("emails/templates/repair-ready.html", "Hi {{ first_name }},", "Hi", "a placeholder in an HTML template's greeting names someone; its preheader is the inbox summary, not the opening"),
    ("emails/templates/gear-care-tips.html", "Just reply to this email", None, "the template invites a reply: no loyalty/listening"),
    ("emails/re-tent-pole-replacement.eml", "I'm a loyal shopper", "shopper", "quoted customer reply (below `On ... wrote:`)"),
    ("emails/re-tent-pole-replacement.eml", "> within 30 days and that refunds take 3 weeks", "30 days", "quoted customer reply"),
    ("emails/re-tent-pole-replacement.eml", "we reply 7 days a week", "7 days a week", "frequency in the signature"),
    ("emails/order-shipped.eml", "Because your order was over $75", "3-5 business days", "delivery time in a free-shipping sentence"),
    ("emails/field-notes-2026.mbox", "price match now runs for two weeks", "two weeks", "equal value, sentence wraps across lines"),
    ("emails/field-notes-2026.mbox", "Anything bought from November 1", "November 1", "dates"),
    ("emails/field-notes-2026.mbox", "Hi %FIRSTNAME%,", None, "name placeholder greeting"),
    ("emails/field-notes-2026.mbox", "Our stores are open 7 days a week", "7 days a week", "frequency before an equal value (`within a day`) in the same sentence"),
    ("emails/field-notes-2026.mbox", "Thank you for a year on the trails", "Thank you", "a thank-you with a holiday voucher attached"),
    ("emails/we-miss-you.eml", "Hi *|FNAME|*,", None, "name placeholder greeting"),
    ("scripts/sales/inbound-first-call.txt", "Prospect: Another store told me", "90 days", "prospect's words (also `Best-in-class`)"),
    ("scripts/sales/inbound-first-call.txt", "get back to you within a day", "a day", "equal value"),
    ("scripts/sales/trail-club-upgrade.txt", "Member: I heard your loyalty program", "loyalty program", "`Member` is in scripts.customer_speakers (also `points expire`, `a month`)"),
    ("scripts/sales/trail-club-upgrade.txt", "Guest: Can I use", "Guest", "`Guest` is in scripts.customer_speakers"),
    ("scripts/support/returns-call.txt", "Your website said I had 30 days", "30 days", "customer's words"),
    ("scripts/support/returns-call.txt", "Last time it took two weeks", "two weeks", "customer's words"),
    ("scripts/support/returns-call.txt", "the refund usually shows up", "usually", "hedge in the employee channel; promise-hedged is scoped to customer"),
    ("scripts/support/late-order-call.txt", "Caller: Your chat said someone would respond within 48 hours", "48 hours", "caller's words"),
    ("scripts/support/late-order-call.txt", "I'll refund the $6.95", "$6.95", "an amount refunded, not a refund time"),
    ("playbooks/macros.md", "Customer: Your site said I had 90 days", "90 days", "the customer's turn in a fenced call script"),
    ("playbooks/macros.md", "Returns are free within 60 days of delivery, and I can start", "60 days", "the agent's turn in the same fence agrees"),
    ("playbooks/macros.md", "You promised free shipping over $50", "$50", "a quoted message under `On ... wrote:`"),
    ("playbooks/macros.md", "I was told refunds take 3 weeks", "3 weeks", "`**Customer:**` labels the other party's words"),
    ("playbooks/macros.md", "shipping is free on every order of $75 or more, so", "$75", "a canned reply in a blockquote that agrees"),
    ("playbooks/macros.md", '"refund_days": 10', "10", "a `json` fence is code (also `10 business days` in it)"),
    ("plans/support-staffing-2027.md", "| Email  | 24 hours    | 5 business days |", "5 business days", "the GFM table's other rows agree"),
    ("site/content/banners.yml", "max_views: 30", "30", "a number value is not text"),
    ("site/content/banners.yml", "within 60 days of delivery.", "60 days", "a folded block scalar that agrees"),
    ("site/content/banners.yml", "code: SAVE30", "SAVE30", "a discount code is no value"),
    ("site/help/trail-club.mdx", "returnsWindow: 30,", "30", "an MDX `export` is code"),
    ("site/help/trail-club.mdx", "<Stat value={club.returnsWindow} label=", "days to return", "a component's attributes are not text"),
    ("site/help/trail-club.mdx", "the old returns window was 30 days", "30 days", "an MDX `{/* comment */}`"),
    ("site/stores.md", "Hello {{ customer.first_name", "Hello", "a Liquid placeholder names someone (and a page greets no one anyway)"),
    ("plans/care-plan-2027.docx", "Customer: I was told 90 days", "90 days", "the customer's words, labelled, in a Word document"),
    ("plans/care-plan-2027.docx", "Staff the desk 7 days a week", "7 days a week", "frequency in a list item"),
    ("plans/care-plan-2027.docx", "within 24 hours, weekends included", "24 hours", "agrees"),
    ("scripts/sales/trail-club-teams.pptx", "Say it plainly: we reply within 24 hours", "24 hours", "speaker notes are read, and agree"),
    ("scripts/sales/trail-club-teams.pptx", "$12 a month", "$12 a month", "a price in a slide's table, no promise's topic"),
    ("playbooks/support-tone.md", "We do not write `shopper`", "`shopper`", "inline code"),
    ("playbooks/support-tone.md", "Never write `we apologize", "`we apologize", "inline code; and that avoid entry is customer-only"),
    ("playbooks/repairs.md", "Do not upsell a replacement", "upsell", "internal-jargon is customer-only"),
    ("playbooks/price-match.md", '"unbeatable"', "unbeatable", "vague-superlative is customer-only"),
    ("playbooks/trail-club-for-staff.md", "Our loyalty program is called Trail Club", "loyalty program", "that terminology entry is customer-only"),
    ("playbooks/trail-club-for-staff.md", "Cross-sell the repair service", "Cross-sell", "internal-jargon is customer-only"),
    ("plans/support-staffing-2027.md", "Wholesale client accounts", "client", "terminology for client is scoped to customer and employee"),
    ("plans/support-staffing-2027.md", "stays open 7 days a week", "7 days a week", "frequency"),
    ("plans/support-staffing-2027.md", "have been here for 9 years", "9 years", "history"),
    ("plans/trail-club-strategy-2027.md", "Points lapse after 12 months", "12 months", "points-expiry is customer-only"),
    ("plans/budget-2027.html", "24-hour reply promise", "24-hour", "agrees"),
    ("plans/budget-2027.html", "has not moved in three years", "three years", "history in a free-returns sentence (60 days agrees; 7.9% is a rate of something else)"),
    ("plans/board-update-q4.html", "Median first reply", "Median first reply", "reply topic in one table cell, the times (9 h, 14 h) in other cells"),
]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

def office_lines(rel):
    """An Office document's lines as DESIGN.md numbers them, read independently of align:
    each paragraph of a .docx is a line; each slide of a .pptx is one, its paragraphs (then its
    notes') one space apart."""
    import zipfile, re
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(os.path.join(ROOT, rel))
    def para(p, t):
        return "".join(x.text or "" for x in p.iter(t))
    if rel.endswith(".docx"):
        body = ET.fromstring(z.read("word/document.xml"))
        return [para(p, W + "t") for p in body.iter(W + "p")]
    slides = sorted((n for n in z.namelist() if re.match(r"ppt/slides/slide\d+\.xml$", n)), key=lambda n: int(re.findall(r"\d+", n)[0]))
    lines = []
    for name in slides:
        texts = [para(p, A + "t") for p in ET.fromstring(z.read(name)).iter(A + "p")]
        rels = name.replace("slides/", "slides/_rels/") + ".rels"
        notes = None
        if rels in z.namelist():
            for rel_ in ET.fromstring(z.read(rels)):
                if rel_.get("Type", "").endswith("/notesSlide"):
                    notes = "ppt/notesSlides/" + rel_.get("Target").split("/")[-1]
        if notes:
            texts += [para(p, A + "t") for p in ET.fromstring(z.read(notes)).iter(A + "p") if para(p, A + "t") and not para(p, A + "t").isdigit()]
        lines.append(" ".join(texts))
    return lines

def read_lines(rel):
    if rel.endswith((".docx", ".pptx")):
        return office_lines(rel)
    with open(os.path.join(ROOT, rel), "rb") as f:
        data = f.read()
    return data.decode(ENCODING.get(rel, "utf-8")).split("\n")

def locate(rel, anchor, target):
    if anchor is None:
        return 1, 1
    lines = read_lines(rel)
    hits = [i for i, line in enumerate(lines) if anchor in line]
    if len(hits) != 1:
        sys.exit(f"{rel}: anchor {anchor!r} is on {len(hits)} lines, need exactly 1")
    line = lines[hits[0]]
    if target == "^":  # the finding points at the start of the line
        return hits[0] + 1, 1
    target = target or anchor
    start = line.index(anchor)
    col = line.find(target, start) if target in line[start:] else line.find(target)
    if col < 0:
        sys.exit(f"{rel}:{hits[0] + 1}: target {target!r} not on the anchor's line")
    return hits[0] + 1, col + 1  # str indexes are Unicode scalars

def md(text):
    return text.replace("|", "\\|")

def render():
    out = []
    out.append("""# Planted findings: the oracle for the end-to-end test

Generated by `tools/planted.py` from the corpus files themselves (do not edit by hand; run
`python3 tools/planted.py` after changing a document). Lines and columns are 1-based, columns in
Unicode scalars of the decoded line, pointing at the flagged word or the quantity. Both this file
and `tools/` are in `ignore:` in `align.yml`.

Positions in emails are lines of the raw file (for the mbox, of the .mbox file). The one finding
inside an encoded part (emails/trail-club-welcome.eml, quoted-printable) sits on a raw line with no
escape before it, so its decoded position maps exactly; a reader that cannot map it falls back to
the part's first body line (line 16), as DESIGN.md allows. The base64 HTML alternative repeats the
same words: a multipart/alternative is one message, so it must not add a second finding.

Severities: `terminology` and `promise-hedged` are `warning` (set in `align.yml`; promise-hedged
only in the customer channel); every other rule has its default severity. A `terminology`
finding's `value` is the term as found and its `expected` the preferred term (JSON output), so
the audit's terminology table can show the preferred term.

## Findings that must be reported
""")
    rows = []
    for rel, anchor, target, rule, why in FINDINGS:
        line, col = locate(rel, anchor, target)
        rows.append((rel, line, col, rule, why))
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    out.append("| file | line | col | rule | why |")
    out.append("|---|---:|---:|---|---|")
    for rel, line, col, rule, why in rows:
        out.append(f"| {rel} | {line} | {col} | `{rule}` | {md(why)} |")
    out.append("""
Plus one finding with no place in a document:

| where | rule | why |
|---|---|---|
| the corpus (once) | `loyalty/thank-existing` | every email to existing customers that thanks them attaches a sale, a discount or a holiday voucher (spring-sale-members.eml, field-notes-2026.mbox message 3); none thanks them for nothing |

Document-level findings point at the place that put the document in scope: `loyalty/listening`
at the first words that close the door on replies, `loyalty/bribery-framing` at the first mention of loyalty, and
`input-unreadable` at 1:1. The corpus-wide `loyalty/thank-existing` is reported at the `packs:`
entry of align.yml (14:9). Counts: """ + ", ".join(f"{r} {n}" for r, n in sorted(count_rules(rows).items())) + ".")
    out.append("""
### Other side of each claim-drift

Claims on promises with no canonical value that agree with each other (the majority); they are
the related locations of the claim-drift findings above, not findings of their own:
""")
    out.append("| promise | file | line | col | value |")
    out.append("|---|---|---:|---:|---|")
    for promise, rel, anchor, target in DRIFT_RELATED:
        line, col = locate(rel, anchor, target)
        out.append(f"| {promise} | {rel} | {line} | {col} | {target} |")
    out.append("""
## Suppressed: must NOT be reported

Each suppression comment or header silences a real finding on the spot below, so none of them
is an `unused-suppression` (the one in playbooks/support-tone.md is, and is listed above).
""")
    out.append("| file | line | col | rule silenced | how |")
    out.append("|---|---:|---:|---|---|")
    for rel, anchor, target, rule, how in SUPPRESSED:
        line, col = locate(rel, anchor, target)
        out.append(f"| {rel} | {line} | {col} | `{rule}` | {md(how)} |")
    out.append("""
## Look-alikes: must stay quiet

Nothing may be reported at these places (the column points at the tempting text).
""")
    out.append("| file | line | col | why it is not a finding |")
    out.append("|---|---:|---:|---|")
    quiet = []
    for rel, anchor, target, why in QUIET:
        line, col = locate(rel, anchor, target)
        quiet.append((rel, line, col, why))
    quiet.sort()
    for rel, line, col, why in quiet:
        out.append(f"| {rel} | {line} | {col} | {md(why)} |")
    out.append("""
## Documents

Every file align reads here, with the channel and audience `align.yml` gives it: """ + str(len(documents())) + """ files,
the count align's summary gives (the mbox is one file, though its three messages are read as three emails).
""")
    out.append("| file | format | channel | audience |")
    out.append("|---|---|---|---|")
    for rel in documents():
        out.append(f"| {rel} | {rel.rsplit('.', 1)[-1]} | {channel_of(rel)} | {audience_of(rel)} |")
    out.append("""
Also quiet as a whole: everything in `site/drafts/` (ignored), every `>` line and the
`On ... wrote:` line of emails/re-tent-pole-replacement.eml, the speaker turns of `Prospect`,
`Customer`, `Caller`, `Member` and `Guest`, and the promise-missing check for every other
promise and channel (each required promise is stated in each required channel).
""")
    return "\n".join(out)

READ = (".html", ".htm", ".md", ".mdx", ".txt", ".eml", ".mbox", ".docx", ".pptx")

def documents():
    found = []
    for folder, dirs, files in os.walk(ROOT):
        rel_folder = os.path.relpath(folder, ROOT)
        dirs[:] = sorted(d for d in dirs if d not in ("drafts", "tools") and not d.startswith("."))
        for name in files:
            rel = os.path.normpath(os.path.join(rel_folder, name)).replace(os.sep, "/")
            is_data = rel.startswith("site/content/") and name.endswith((".json", ".yml"))
            if (name.endswith(READ) or is_data) and rel != "PLANTED.md":
                found.append(rel)
    return sorted(found)

def channel_of(rel):
    top = rel.split("/")[0]
    return {"site": "customer", "emails": "customer", "scripts": "employee", "playbooks": "employee", "plans": "management"}[top]

def audience_of(rel):
    if rel.startswith(("site/landing/", "scripts/sales/")):
        return "prospect"
    return "existing" if rel.startswith("emails/") else ""

def count_rules(rows):
    counts = {}
    for row in rows:
        counts[row[3]] = counts.get(row[3], 0) + 1
    return counts

if __name__ == "__main__":
    text = render()
    path = os.path.join(ROOT, "PLANTED.md")
    if "--check" in sys.argv:
        if open(path, encoding="utf-8").read() != text:
            sys.exit("PLANTED.md is out of date: run tools/planted.py")
        print("PLANTED.md is up to date")
    else:
        open(path, "w", encoding="utf-8").write(text)
        print("wrote", path)
