-- Headless Neovim 0.7 check of the Cable language server (0.7 has no vim.lsp.start, so
-- start_client + buf_attach_client). Prints one "ok"/"not ok" line per check (TAP-like) and
-- exits non-zero when a check fails.
--   CABLE_SERVER=/abs/bin/cable-language-server.js CABLE_SEED=/abs/seeds/04RANGOON1422.txt \
--   CABLE_EXPECT=paragraph-numbering nvim --headless -u NONE -i NONE -c 'luafile check.lua'
local server = assert(os.getenv('CABLE_SERVER'), 'CABLE_SERVER not set')
local seed = assert(os.getenv('CABLE_SEED'), 'CABLE_SEED not set')
local expected = vim.split(os.getenv('CABLE_EXPECT') or '', ',', { trimempty = true })
local timeout_ms = 15000
local failures = 0

local function report(ok, name, detail)
  if not ok then failures = failures + 1 end
  io.stdout:write((ok and 'ok ' or 'not ok ') .. name .. (detail and (' # ' .. detail) or '') .. '\n')
end

local received = nil
local client_id = vim.lsp.start_client({
  name = 'cable',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(seed, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and #result.diagnostics > 0 then received = result end
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
})
report(client_id ~= nil, 'server process starts')

vim.cmd('edit ' .. vim.fn.fnameescape(seed))
vim.bo.filetype = 'cable'
vim.lsp.buf_attach_client(0, client_id)

local got = vim.wait(timeout_ms, function() return received ~= nil end, 50)
report(got, 'publishDiagnostics arrives for the seed')

local codes = {}
for _, diagnostic in ipairs(received and received.diagnostics or {}) do
  codes[tostring(diagnostic.code)] = true
  if diagnostic.source ~= 'cable' then report(false, 'diagnostic source is cable', tostring(diagnostic.source)) end
end
for _, rule in ipairs(expected) do
  report(codes[rule] == true, 'diagnostic ' .. rule, table.concat(vim.tbl_keys(codes), ' '))
end
-- The editor's own diagnostic store has them too (vim.diagnostic, what signs and :lopen show).
report(#vim.diagnostic.get(0) > 0, 'vim.diagnostic holds the diagnostics', tostring(#vim.diagnostic.get(0)))

local responses = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol',
  { textDocument = vim.lsp.util.make_text_document_params() }, timeout_ms)
local names = {}
local function collect(symbols)
  for _, symbol in ipairs(symbols or {}) do
    table.insert(names, symbol.name)
    collect(symbol.children)
  end
end
for _, response in pairs(responses or {}) do collect(response.result) end
local paragraphs = vim.tbl_filter(function(name) return name:find('¶', 1, true) == 1 end, names)
report(#paragraphs > 0, 'documentSymbol lists paragraphs', paragraphs[1])

-- Go to Definition on a REF item opens the cable it cites (a file of that name beside the seed).
local cited_file, cited_item = os.getenv('CABLE_CITED_FILE'), os.getenv('CABLE_CITED_ITEM')
if cited_file and cited_item then
  local found = vim.fn.search(cited_item, 'w') > 0
  local targets = {}
  if found then
    local answers = vim.lsp.buf_request_sync(0, 'textDocument/definition', vim.lsp.util.make_position_params(), timeout_ms)
    for _, answer in pairs(answers or {}) do
      for _, location in ipairs(answer.result or {}) do table.insert(targets, location.uri or location.targetUri) end
    end
  end
  local ok = #targets == 1 and targets[1]:sub(-#cited_file) == cited_file
  report(ok, 'definition on a REF item opens the cited cable', table.concat(targets, ' '))
end

-- Lint Workspace (cable/lintWorkspace): the cable beside the seed, which no buffer shows, gets its problems too.
if cited_file then
  local answers, request_error = vim.lsp.buf_request_sync(0, 'cable/lintWorkspace', {}, timeout_ms)
  local files = 0
  for _, answer in pairs(answers or {}) do files = answer.result and answer.result.files or files end
  local stub = vim.uri_to_bufnr(vim.uri_from_fname(vim.fn.fnamemodify(seed, ':h') .. '/' .. cited_file))
  local shown = vim.wait(timeout_ms, function() return #vim.diagnostic.get(stub) > 0 end, 50)
  report(files == 2 and shown, 'Lint Workspace shows the problems of a cable no buffer shows',
    'files ' .. files .. ', diagnostics ' .. #vim.diagnostic.get(stub) .. (request_error and (', ' .. request_error) or ''))
end

vim.lsp.stop_client(client_id)
if failures > 0 then vim.cmd('cquit 1') else vim.cmd('qall!') end
