import FuzzSupport

/// Any bytes, read as each kind of document that can hold template markup (Liquid, Jinja,
/// Handlebars, Hugo shortcodes, ERB, merge tags): a page, a Markdown page, a call script, an
/// HTML email template, a HAML mailer view, and a Svelte, a Vue and a Blade view. Markup is blanked before the text is read, so a tag left open, nested or
/// cut off must never crash, hang or leave a position outside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    FuzzInput.readAndWalk(bytes, path: "site/page.html")
    FuzzInput.readAndWalk(bytes, path: "site/page.md")
    FuzzInput.readAndWalk(bytes, path: "scripts/call.txt")
    FuzzInput.readAndWalk(bytes, path: "emails/welcome.html")
    FuzzInput.readAndWalk(bytes, path: "app/views/member_mailer/welcome.html.haml")
    FuzzInput.readAndWalk(bytes, path: "src/routes/pricing/+page.svelte")
    FuzzInput.readAndWalk(bytes, path: "pages/plans.vue")
    FuzzInput.readAndWalk(bytes, path: "resources/views/emails/welcome.blade.php")
    return 0
}

// libFuzzer starts here: see FuzzDriver for why this is not its own main().
FuzzDriver.run(fuzz)
