# conformance: error
# Uncaught error: raise SystemExit with a status.
raise SystemExit(7)
