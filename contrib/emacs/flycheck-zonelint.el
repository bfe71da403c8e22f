;;; flycheck-zonelint.el --- Flycheck checker for DNS zone files with zonelint  -*- lexical-binding: t; -*-

;; Package-Requires: ((emacs "25.1") (flycheck "32"))

;;; Commentary:

;; A Flycheck (https://www.flycheck.org) checker that runs zonelint on
;; the buffer, saved or not: the text goes to zonelint's standard input
;; under the file's name (--stdin-filename), from the file's folder
;; (Flycheck's default), so that the origin, the view and the .zonelint
;; are the file's.  Install: put this file on `load-path', then
;;
;;   (require 'flycheck-zonelint)
;;   (add-to-list 'flycheck-checkers 'zonelint)
;;
;; It checks buffers in `dns-mode' and `zone-mode'; zonelint must be on
;; the PATH (or set `flycheck-zonelint-executable').

;;; Code:

(require 'flycheck)

;; One finding: FILE:LINE:COL: LEVEL: MESSAGE [RULE], or FILE: LEVEL:
;; MESSAGE [RULE] for a finding about the whole file.  Indented fix lines
;; and the count on standard error never match.  tests/editors_test.py
;; checks this regexp against zonelint's output, in Emacs itself.
(defconst flycheck-zonelint-regexp
  "^\\(?1:[^[:space:]].*?\\):\\(?:\\(?2:[0-9]+\\):\\(?3:[0-9]+\\):\\)? \\(?4:error\\|warning\\|note\\): \\(?5:.*\\) \\[\\(?6:[a-z0-9-]+\\)\\]$"
  "A line of zonelint's text output: file 1, line 2, column 3, level 4,
message 5, rule 6.")

(defun flycheck-zonelint-parse (output checker buffer)
  "The findings in zonelint's OUTPUT, as errors of CHECKER in BUFFER."
  (let ((start 0) errors)
    (while (string-match flycheck-zonelint-regexp output start)
      (setq start (match-end 0))
      (let ((line (match-string 2 output))
            (column (match-string 3 output)))
        (push (flycheck-error-new-at
               (if line (string-to-number line) 1)
               (and column (string-to-number column))
               (pcase (match-string 4 output)
                 ("error" 'error) ("warning" 'warning) (_ 'info))
               (match-string 5 output)
               :id (match-string 6 output)
               :checker checker
               :buffer buffer
               :filename (match-string 1 output))
              errors)))
    (nreverse errors)))

(flycheck-define-checker zonelint
  "A DNS zone file linter for errors, leaks and split-brain mistakes.

See URL `https://example.invalid/zonelint'."
  :command ("zonelint" "--stdin-filename" source-original "-")
  :standard-input t
  :error-parser flycheck-zonelint-parse
  :modes (dns-mode zone-mode))

(provide 'flycheck-zonelint)
;;; flycheck-zonelint.el ends here
