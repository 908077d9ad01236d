;;; check.el --- Headless Emacs + eglot check of the Cable language server  -*- lexical-binding: t -*-
;; Prints one "ok"/"not ok" line per check (TAP-like) and exits non-zero when one fails.
;;   CABLE_SERVER=/abs/bin/cable-language-server.js CABLE_SEED=/abs/seeds/06BANGKOK3955.txt \
;;   CABLE_EXPECT=banner-missing,tags-missing emacs --batch -Q -l check.el
;; With -Q, Debian's elpa-eglot must be put on the package path by hand. eglot-ensure waits for
;; post-command-hook, which never runs in batch, so eglot is called directly.

(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'subr-x)

(defvar cable-check-failures 0)
(defvar cable-check-received nil "Rule codes of the last non-empty publishDiagnostics.")

(defun cable-check-report (ok name &optional detail)
  (unless ok (setq cable-check-failures (1+ cable-check-failures)))
  (princ (format "%s %s%s\n" (if ok "ok" "not ok") name (if detail (format " # %s" detail) ""))))

(defun cable-check-wait (predicate seconds)
  "Process server output until PREDICATE holds or SECONDS pass; return its value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(define-derived-mode cable-mode text-mode "Cable" "Diplomatic cables.")

(let* ((server (or (getenv "CABLE_SERVER") (error "CABLE_SERVER not set")))
       (seed (or (getenv "CABLE_SEED") (error "CABLE_SEED not set")))
       (expected (split-string (or (getenv "CABLE_EXPECT") "") "," t))
       (eglot-server-programs `((cable-mode . ("node" ,server "--stdio")))))
  ;; Watch the notifications eglot itself handles (and turns into Flymake diagnostics).
  (cl-defmethod eglot-handle-notification :before
    (_server (_method (eql textDocument/publishDiagnostics)) &key diagnostics &allow-other-keys)
    (when (> (length diagnostics) 0)
      (setq cable-check-received
            (mapcar (lambda (d) (format "%s" (plist-get d :code))) diagnostics))))
  (find-file seed)
  (cable-mode)
  (apply #'eglot (eglot--guess-contact))
  (cable-check-report (eglot-current-server) "eglot connects to the server")
  (cable-check-report (cable-check-wait (lambda () cable-check-received) 15)
                      "publishDiagnostics arrives for the seed")
  (dolist (rule expected)
    (cable-check-report (member rule cable-check-received) (format "diagnostic %s" rule)
                        (string-join (delete-dups (copy-sequence cable-check-received)) " ")))
  ;; What the user sees: eglot hands them to Flymake.
  (flymake-start)
  (cable-check-report (cable-check-wait #'flymake-diagnostics 10) "Flymake shows the diagnostics"
                      (format "%d" (length (flymake-diagnostics))))
  (when (eglot-current-server)
    (let* ((symbols (jsonrpc-request (eglot-current-server) :textDocument/documentSymbol
                                     (list :textDocument (eglot--TextDocumentIdentifier))))
           (names (mapcar (lambda (s) (plist-get s :name)) symbols)))
      (cable-check-report (> (length names) 0) "documentSymbol answers" (car names)))
    ;; Go to Definition on a REF item opens the cable it cites (a file of that name beside the seed).
    (let ((cited-file (getenv "CABLE_CITED_FILE")) (cited-item (getenv "CABLE_CITED_ITEM")))
      (when (and cited-file cited-item)
        (goto-char (point-min))
        (let* ((found (search-forward cited-item nil t))
               (locations (and found
                               (progn (goto-char (match-beginning 0))
                                      (jsonrpc-request (eglot-current-server) :textDocument/definition
                                                       (eglot--TextDocumentPositionParams)))))
               (uris (mapcar (lambda (l) (or (plist-get l :uri) (plist-get l :targetUri))) locations)))
          (cable-check-report (and (= (length uris) 1) (string-suffix-p cited-file (car uris)))
                              "definition on a REF item opens the cited cable"
                              (string-join uris " ")))))
    (eglot-shutdown (eglot-current-server))))

(kill-emacs (if (> cable-check-failures 0) 1 0))
