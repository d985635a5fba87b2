# conformance: error
# Uncaught error: KeyError with no args.
raise KeyError
