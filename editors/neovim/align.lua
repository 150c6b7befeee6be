-- Starts `align lsp` for the documents align reads (Neovim 0.7 or newer). Put this file in
-- ~/.config/nvim/lua/ and add `require("align")` to init.lua, or copy its autocommand there.
local M = {}

function M.start()
  local root = vim.fs and vim.fs.dirname(vim.fs.find({ "align.yml" }, { upward = true })[1] or "")
    or vim.fn.fnamemodify(vim.fn.findfile("align.yml", ".;"), ":p:h")
  if root == nil or root == "" then return end
  local client = vim.lsp.start_client({
    name = "align",
    cmd = { "align", "lsp" },
    root_dir = root,
  })
  if client then vim.lsp.buf_attach_client(0, client) end
  return client
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "html", "haml", "svelte", "vue", "blade", "text", "mail", "json", "yaml" },
  callback = function() M.start() end,
})

return M
