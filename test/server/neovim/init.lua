-- SPDX-License-Identifier: MIT
-- A minimal Neovim (0.7 or newer) config that starts the Docker Coach language server and writes what
-- Neovim received, one JSON object a line, to $RESULT. test/server/neovim.test.ts runs it headless:
--   SERVER, ROOT, FILETYPE, HOVER_FILE, HOVER_LINE, HOVER_CHARACTER, PROBLEM_FILE, RESULT
--   and, in HOVER_FILE: DEFINITION_LINE, DEFINITION_CHARACTER (go to definition), RENAME_LINE, RENAME_CHARACTER, RENAME_TO
-- It uses only what Neovim 0.7 has: vim.lsp.start_client and buf_attach_client (vim.lsp.start came in 0.8).
local out = assert(io.open(os.getenv('RESULT'), 'w'))
local ran = false
local function record(kind, value)
  out:write(vim.json.encode({ kind = kind, value = value }) .. '\n')
  out:flush()
end

local id = vim.lsp.start_client({
  name = 'docker-coach',
  cmd = { 'node', os.getenv('SERVER'), '--stdio' },
  root_dir = os.getenv('ROOT'),
  init_options = { dockerCoach = { runInTerminal = true } },
  handlers = {
    -- The lens command asks the editor to run the argv in a terminal; a user's config would call
    -- vim.fn.termopen(params.argv, { cwd = params.cwd }) here. The test only records it.
    ['dockerCoach/runInTerminal'] = function(_, params)
      record('runInTerminal', params)
      ran = true
      return { ran = true }
    end,
  },
})

-- codelens.run asks which lens to run when a line has several; answer with the first, as a user would pick.
vim.ui.select = function(items, _, on_choice) on_choice(items[1], 1) end

local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = os.getenv('FILETYPE')
  vim.lsp.buf_attach_client(0, id)
  return vim.api.nvim_get_current_buf()
end

local hover_buf = open(os.getenv('HOVER_FILE'))
record('filetype', vim.bo.filetype)
local ready = vim.wait(15000, function() local c = vim.lsp.get_client_by_id(id); return c ~= nil and c.initialized end, 50)
record('initialized', ready)

local position = { line = tonumber(os.getenv('HOVER_LINE')), character = tonumber(os.getenv('HOVER_CHARACTER')) }
local hovers = vim.lsp.buf_request_sync(hover_buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(hover_buf) }, position = position }, 10000)
for _, r in pairs(hovers or {}) do record('hover', r.result or vim.NIL) end

-- Go to definition and rename through Neovim's own commands: where the cursor lands, what the buffer becomes.
if os.getenv('DEFINITION_LINE') then
  local start = { tonumber(os.getenv('DEFINITION_LINE')) + 1, tonumber(os.getenv('DEFINITION_CHARACTER')) }
  vim.api.nvim_win_set_cursor(0, start)
  vim.lsp.buf.definition()
  vim.wait(10000, function() local c = vim.api.nvim_win_get_cursor(0); return c[1] ~= start[1] or c[2] ~= start[2] end, 50)
  local landed = vim.api.nvim_win_get_cursor(0)
  record('definition', { line = landed[1] - 1, character = landed[2], text = vim.api.nvim_get_current_line() })
end
if os.getenv('RENAME_LINE') then
  local before = table.concat(vim.api.nvim_buf_get_lines(hover_buf, 0, -1, false), '\n')
  vim.api.nvim_win_set_cursor(0, { tonumber(os.getenv('RENAME_LINE')) + 1, tonumber(os.getenv('RENAME_CHARACTER')) })
  vim.lsp.buf.rename(os.getenv('RENAME_TO'))
  vim.wait(10000, function() return table.concat(vim.api.nvim_buf_get_lines(hover_buf, 0, -1, false), '\n') ~= before end, 50)
  record('renamed', vim.api.nvim_buf_get_lines(hover_buf, 0, -1, false))
end

-- Lenses through Neovim's own codelens module: refresh, then run the one on the first lens line.
vim.lsp.codelens.refresh()
vim.wait(10000, function() return #vim.lsp.codelens.get(hover_buf) > 0 end, 50)
local lenses = vim.lsp.codelens.get(hover_buf)
record('codelens', vim.tbl_map(function(l) return { line = l.range.start.line, title = l.command and l.command.title } end, lenses))
if #lenses > 0 then
  vim.api.nvim_win_set_cursor(0, { lenses[1].range.start.line + 1, 0 })
  vim.lsp.codelens.run()
  vim.wait(5000, function() return ran end, 50) -- the server's request comes back asynchronously
end

local problem_buf = open(os.getenv('PROBLEM_FILE'))
vim.wait(15000, function() return #vim.diagnostic.get(problem_buf) > 0 end, 50)
record('diagnostics', vim.tbl_map(function(d)
  local lsp = d.user_data and d.user_data.lsp or {}
  return { lnum = d.lnum, col = d.col, severity = d.severity, source = d.source, code = d.code or lsp.code, message = d.message }
end, vim.diagnostic.get(problem_buf)))

out:close()
vim.cmd('qa!')
