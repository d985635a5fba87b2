# conformance: error
# Uncaught error: exception with several args.
raise ValueError('bad', 42, [1])
