-- nvim-lint (https://github.com/mfussenegger/nvim-lint) linter for
-- zonelint.  Install: put this file on 'runtimepath' as
-- lua/lint/linters/zonelint.lua (nvim-lint then finds it by name), or
--   require('lint').linters.zonelint = dofile('/path/to/zonelint.lua')
-- and map the file type:
--   require('lint').linters_by_ft.bindzone = { 'zonelint' }
-- The buffer goes to zonelint's standard input, saved or not, under the
-- file's name (--stdin-filename), so that the origin, the view and the
-- .zonelint are the file's.  Run it from the file's folder for its
-- repository's lint root (nvim-lint's try_lint({ cwd = ... })).

-- One finding: FILE:LINE:COL: LEVEL: MESSAGE [RULE], else FILE: LEVEL:
-- MESSAGE [RULE] for a finding about the whole file (Lua patterns have no
-- optional groups: two patterns, in this order).  Indented fix lines and
-- the count on standard error never match.  tests/editors_test.py checks
-- them against zonelint's output, in Lua itself.
local patterns = {
  '^(%S.-):(%d+):(%d+): (%l+): (.*) %[([%l%d%-]+)%]$',
  '^(%S.-)()(): (%l+): (.*) %[([%l%d%-]+)%]$',
}

-- zonelint's levels, as vim.diagnostic.severity names them
local severities = { error = 'ERROR', warning = 'WARN', note = 'INFO' }

-- The findings of one line: file, line, column (nil for a whole-file
-- finding), level, message, rule; nil when the line is no finding.
local function match(line)
  for _, p in ipairs(patterns) do
    local file, lnum, col, level, message, rule = line:match(p)
    if file and severities[level] ~= nil then
      if type(lnum) ~= 'string' then lnum, col = nil, nil end
      return file, lnum, col, level, message, rule
    end
  end
end

local function parse(output, bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local diagnostics = {}
  for line in vim.gsplit(output, '\n', { plain = true }) do
    local file, lnum, col, level, message, rule = match(line)
    if file == name then -- not a file it includes
      table.insert(diagnostics, {
        lnum = lnum and tonumber(lnum) - 1 or 0,
        col = col and tonumber(col) - 1 or 0,
        severity = vim.diagnostic.severity[severities[level]],
        message = message,
        code = rule,
        source = 'zonelint',
      })
    end
  end
  return diagnostics
end

return {
  cmd = 'zonelint',
  stdin = true,
  append_fname = false,
  args = {
    '--stdin-filename',
    function() return vim.api.nvim_buf_get_name(0) end,
    '-',
  },
  stream = 'stdout',
  ignore_exitcode = true, -- 1 is "findings", not a failure
  parser = parse,
  match = match, -- for tests/editors_test.py
}
