// Starts `align lsp` for the documents align reads and hands its diagnostics, quick fixes and
// hovers to VS Code through the standard language client.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

exports.activate = function (context) {
  const command = vscode.workspace.getConfiguration("align").get("path") || "align";
  client = new LanguageClient(
    "align",
    "align",
    { command, args: ["lsp"] },
    {
      documentSelector: ["markdown", "mdx", "html", "haml", "svelte", "vue", "blade", "plaintext", "json", "yaml"].map((language) => ({ scheme: "file", language })),
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*") },
    }
  );
  context.subscriptions.push(client);
  return client.start();
};

exports.deactivate = function () {
  return client && client.stop();
};
