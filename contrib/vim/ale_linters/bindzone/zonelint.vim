" ALE (https://github.com/dense-analysis/ale) linter for zonelint, for
" Vim's bindzone file type (zone files: *.zone, db.*, named.root ...).
" Install: copy the ale_linters folder into a folder of 'runtimepath'
" (e.g. ~/.vim/ale_linters/bindzone/zonelint.vim); zonelint must be on
" the PATH.  The buffer goes to zonelint's standard input, saved or not,
" under the file's name (--stdin-filename), from the file's folder, so
" that the origin, the view and the .zonelint are the file's.
"
" Options: g:ale_bindzone_zonelint_executable (default 'zonelint') and
" g:ale_bindzone_zonelint_options (extra arguments, e.g. '--fail-on note').

call ale#Set('bindzone_zonelint_executable', 'zonelint')
call ale#Set('bindzone_zonelint_options', '')

" One finding: FILE:LINE:COL: LEVEL: MESSAGE [RULE], or FILE: LEVEL:
" MESSAGE [RULE] for a finding about the whole file.  Indented fix lines
" and the count on standard error never match.  (tests/editors_test.py
" checks this pattern against zonelint's output, in Vim itself.)
let s:pattern = '\v^(\S.{-}):%((\d+):(\d+):)? (error|warning|note): (.*) \[([a-z0-9-]+)\]$'

function! ale_linters#bindzone#zonelint#GetCommand(buffer) abort
    return '%e --stdin-filename %s'
    \   . ale#Pad(ale#Var(a:buffer, 'bindzone_zonelint_options'))
    \   . ' -'
endfunction

function! ale_linters#bindzone#zonelint#Handle(buffer, lines) abort
    let l:types = {'error': 'E', 'warning': 'W', 'note': 'I'}
    let l:output = []

    for l:match in ale#util#GetMatches(a:lines, s:pattern)
        call add(l:output, {
        \   'filename': l:match[1],
        \   'lnum': l:match[2] is# '' ? 1 : str2nr(l:match[2]),
        \   'col': l:match[3] is# '' ? 0 : str2nr(l:match[3]),
        \   'type': l:types[l:match[4]],
        \   'text': l:match[5],
        \   'code': l:match[6],
        \})
    endfor

    return l:output
endfunction

call ale#linter#Define('bindzone', {
\   'name': 'zonelint',
\   'executable': {b -> ale#Var(b, 'bindzone_zonelint_executable')},
\   'cwd': '%s:h',
\   'command': function('ale_linters#bindzone#zonelint#GetCommand'),
\   'callback': 'ale_linters#bindzone#zonelint#Handle',
\   'output_stream': 'stdout',
\})
